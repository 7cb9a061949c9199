//! The library's one error type.

use std::path::PathBuf;

/// What went wrong, and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A gazetteer line is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Gazetteer {
        /// The gazetteer file (`<embedded>` for the built-in one).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A file is not text in any encoding we accept.
    #[error("{}: not a text file: {message}", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// Why it was rejected (and at which byte, where known).
        message: String,
    },
    /// A path holds no articles.
    #[error("{}: no .txt articles found", path.display())]
    NoArticles {
        /// The folder.
        path: PathBuf,
    },
    /// A line of mention JSONL is not a mention.
    #[error("line {line}: not a mention: {message}")]
    BadMention {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A dedup key that no stage uses.
    #[error("not a dedup key: {0:?}")]
    BadKey(String),
    /// Writing CSV output failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing or reading JSON failed.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Building the workbook failed.
    #[cfg(feature = "xlsx")]
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// `Result` with the library's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
