use std::io::BufRead;
fn main() {
    let f = std::fs::File::open("/work/shared/corpus/indosum_dev_detok.jsonl").unwrap();
    for line in std::io::BufReader::new(f).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap();
        let id = v["id"].as_str().unwrap();
        for fact in warta::extract::facts::extract_facts(text, None) {
            let d = serde_json::to_value(&fact.detail).unwrap();
            println!(
                "{id}\t{}\t{}\t{}",
                d,
                fact.text.replace('\n', " "),
                fact.sentence.replace('\n', " ").chars().take(220).collect::<String>()
            );
        }
    }
}
