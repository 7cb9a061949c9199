//! whosaid finds every quotation in news articles, says who said it, and
//! merges the repeats of the same quotation across outlets.
//!
//! The pipeline, one module per stage, data flowing one way:
//! document → quotes → names → attribution → mentions → clusters → output.
//!
//! ```
//! use whosaid::{Document, Extractor};
//!
//! let doc = Document::new(
//!     "harbour.txt",
//!     "The harbour master, Ines Moreau, was blunt. “We cannot dredge \
//!      in winter,” Moreau told reporters.",
//! );
//! let mentions = Extractor::new().extract(&doc);
//! assert_eq!(mentions[0].text, "We cannot dredge in winter,");
//! assert_eq!(mentions[0].speaker.as_deref(), Some("Ines Moreau"));
//! assert_eq!(mentions[0].cue.as_ref().unwrap().text, "told");
//! ```
#![deny(missing_docs)]

mod attribution;
mod cues;
mod dedup;
mod document;
mod error;
mod extractor;
mod gazetteer;
#[cfg(feature = "html")]
mod html;
mod lexicon;
mod names;
pub mod output;
mod quotes;
pub mod shards;
mod text_key;
mod word_lists;

pub use attribution::{Rule, SpeakerKind};
pub use dedup::{
    Cluster, ClusterId, ClusterList, Clusters, assign_ids, cluster, clusters_by_id, sort_canonical,
};
pub use document::{
    ARTICLE_EXTENSIONS, Block, Document, Format, Layout, Meta, Span, find_articles,
    is_hard_wrapped, looks_like_html,
};
pub use error::{Error, Result};
pub use extractor::{Cue, Doc, Extractor, ExtractorBuilder, FileOutcome, Mention, QuoteKind};
pub use gazetteer::{Entity, EntityKind, Gazetteer};
pub use text_key::{exact_key, normalize};

/// The stages one by one, for the benches: not a stable API.
#[doc(hidden)]
pub mod stages {
    pub use crate::attribution::attribute;
    pub use crate::cues::Cues;
    pub use crate::names::find_names;
    pub use crate::quotes::{Quote, find_quotes};
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
