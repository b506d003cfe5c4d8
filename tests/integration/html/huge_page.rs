//! A generated page of any size, shared by the robustness test and
//! `benches/html.rs` (which includes this file by path).

/// A page of about `megabytes` MB: 2,000 levels of nesting around many
/// paragraphs of article text.
pub fn huge_page(megabytes: usize) -> String {
    let paragraph = "<p>Kota Madiun berhasil meraih nilai 95,5, meningkat 1,91 poin dibandingkan tahun sebelumnya, \
                     dan masuk zona hijau kategori A dari Ombudsman RI.</p>\n";
    let mut page = String::from("<html><head><title>Kota Madiun</title></head><body><div class='entry-content'>");
    page.push_str(&"<div><span>".repeat(2_000));
    while page.len() < megabytes * 1_000_000 {
        page.push_str(paragraph);
    }
    page.push_str(&"</span></div>".repeat(2_000));
    page.push_str("</div></body></html>");
    page
}
