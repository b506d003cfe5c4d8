//! The `region` table: the official list of provinces, regencies and cities
//! of [`crate::region`], written into the database so that SQL (Datasette,
//! `query sql`, `fact_view`) can join facts to their region's kind and
//! province. SQL cannot read the list compiled into warta, so migration 007
//! only makes the table and every writable open fills it here: an upsert
//! that writes nothing when the table already holds the list, and brings it
//! up to date when a newer warta's list differs. Rows are never deleted: a
//! code is never reused, and stored facts may name a region a later list
//! merges away.

use rusqlite::{Connection, params};

use super::{Result, sql};
use crate::region;

/// Upserts every region of the official list, provinces first (a regency's
/// province must be there before it), in one transaction.
pub(super) fn sync(conn: &mut Connection) -> Result<()> {
    let what = "filling the region table";
    let tx = conn.transaction().map_err(sql(what))?;
    {
        let mut upsert = tx
            .prepare(
                "INSERT INTO region (code, name, kind, province_code) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (code) DO UPDATE
                 SET name = excluded.name, kind = excluded.kind, province_code = excluded.province_code
                 WHERE (name, kind, province_code) IS NOT (excluded.name, excluded.kind, excluded.province_code)",
            )
            .map_err(sql(what))?;
        for region in region::all() {
            upsert
                .execute(params![region.code, region.name, region.kind.as_str(), region.province])
                .map_err(sql(what))?;
        }
    }
    tx.commit().map_err(sql(what))
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    #[test]
    fn every_open_holds_the_official_list_and_repairs_an_edited_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let store = Store::open(&path).unwrap();
        let count =
            |store: &Store| -> i64 { store.conn.query_row("SELECT count(*) FROM region", [], |r| r.get(0)).unwrap() };
        assert_eq!(count(&store) as usize, crate::region::all().len());
        let row: (String, String, String) = store
            .conn
            .query_row("SELECT name, kind, province_code FROM region WHERE code = '35.77'", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(row, ("Kota Madiun".to_string(), "city".to_string(), "35".to_string()));
        store.conn.execute("UPDATE region SET name = 'Madiun' WHERE code = '35.77'", []).unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let name: String =
            store.conn.query_row("SELECT name FROM region WHERE code = '35.77'", [], |r| r.get(0)).unwrap();
        assert_eq!((name.as_str(), count(&store) as usize), ("Kota Madiun", crate::region::all().len()));
    }
}
