//! A chart's data as a table: the "show the data as a table" alternative under each chart. Plain
//! strings already formatted by the model, so the component only lays them out.

/// One table: a caption, column headers, which columns hold numbers (right-aligned), and rows of
/// formatted cells, one per header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTable {
    /// What the table shows, for its `<caption>`.
    pub caption: String,
    pub headers: Vec<String>,
    /// Per column: true for a numeric column (right-aligned, class "num").
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl DataTable {
    /// An empty table with `columns` as (header, numeric) pairs.
    pub fn new(caption: impl Into<String>, columns: &[(&str, bool)]) -> Self {
        DataTable {
            caption: caption.into(),
            headers: columns.iter().map(|(h, _)| h.to_string()).collect(),
            numeric: columns.iter().map(|&(_, n)| n).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row; a row shorter than the headers is padded with empty cells and a longer one
    /// is cut, so every row has one cell per column.
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    /// Whether column `i` holds numbers.
    pub fn is_numeric(&self, i: usize) -> bool {
        self.numeric.get(i).copied().unwrap_or(false)
    }
}

/// `n` evenly spaced indices into `0..len`, first and last included, without repeats: which of a
/// long series' points a table shows (a table of every point of a smooth curve says no more).
pub fn sample_indices(len: usize, n: usize) -> Vec<usize> {
    if len == 0 || n == 0 {
        return Vec::new();
    }
    if n == 1 || len == 1 {
        return vec![0];
    }
    let n = n.min(len);
    let mut out: Vec<usize> = (0..n)
        .map(|i| ((i * (len - 1)) as f64 / (n - 1) as f64).round() as usize)
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_pads_and_cuts_rows_to_the_headers() {
        let mut t = DataTable::new("T", &[("Name", false), ("Share", true)]);
        t.push(vec!["a".into()]);
        t.push(vec!["b".into(), "1%".into(), "extra".into()]);
        assert_eq!(
            t.rows,
            vec![
                vec!["a".to_string(), String::new()],
                vec!["b".into(), "1%".into()]
            ]
        );
        assert!(!t.is_numeric(0));
        assert!(t.is_numeric(1));
        assert!(!t.is_numeric(2));
    }

    #[test]
    fn sample_indices_spreads_evenly_with_both_ends() {
        assert_eq!(sample_indices(61, 7), vec![0, 10, 20, 30, 40, 50, 60]);
        assert_eq!(sample_indices(40, 5), vec![0, 10, 20, 29, 39]);
        assert_eq!(sample_indices(3, 10), vec![0, 1, 2]);
        assert_eq!(sample_indices(5, 1), vec![0]);
        assert!(sample_indices(0, 4).is_empty());
    }
}
