//! Which quotations the outputs for people show (`--speech`,
//! `--min-confidence`, `--speaker`); the JSONL outputs stay complete.

use crate::dedup::{Cluster, ClusterList};
use crate::extractor::{Mention, QuoteKind};
use crate::gazetteer::Gazetteer;

/// Which quotations a reader asked for; the JSONL outputs ignore it and
/// stay complete.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only speech: direct, partial and block quotations.
    pub speech_only: bool,
    /// Only quotations whose best confidence is at least this.
    pub min_confidence: Option<f32>,
    /// Only quotations credited (by any copy) to one of these names,
    /// compared without case.
    pub speakers: Option<Vec<String>>,
}

impl Filter {
    /// Only quotations credited to `name`, or to the entity that `name`
    /// (canonical or alias, any case) names in `gazetteer`, under any of its
    /// names.
    pub fn speaker(&mut self, name: &str, gazetteer: &Gazetteer) -> &mut Filter {
        let wanted = name.trim().to_lowercase();
        let mut names = vec![wanted.clone()];
        for e in gazetteer.entities() {
            let all = || std::iter::once(&e.name).chain(&e.aliases);
            if all().any(|n| n.to_lowercase() == wanted) {
                names.extend(all().map(|n| n.to_lowercase()));
            }
        }
        self.speakers.get_or_insert_with(Vec::new).extend(names);
        self
    }

    /// Whether the quotation `c` (of `mentions`) is kept.
    pub fn keeps(&self, mentions: &[Mention], c: &Cluster) -> bool {
        if self.speech_only {
            let members: Vec<&Mention> = c.members.iter().map(|&k| &mentions[k]).collect();
            let kind = crate::output::spreadsheet::majority_kind(&members);
            if !matches!(kind, QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Block) {
                return false;
            }
        }
        if let Some(min) = self.min_confidence {
            let best = c.members.iter().map(|&k| mentions[k].confidence).fold(0.0f32, f32::max);
            // Confidences are written with two decimals: compare what is shown.
            if (best * 100.0).round() < (min * 100.0).round() {
                return false;
            }
        }
        if let Some(names) = &self.speakers
            && !c.speakers.iter().any(|(s, _)| names.contains(&s.to_lowercase()))
        {
            return false;
        }
        true
    }

    /// The clusters kept, in order.
    pub fn apply(
        &self,
        mentions: &[Mention],
        clusters: &(impl ClusterList + ?Sized),
    ) -> Vec<Cluster> {
        (0..clusters.count())
            .map(|i| clusters.cluster(i, mentions))
            .filter(|c| self.keeps(mentions, c))
            .map(std::borrow::Cow::into_owned)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor, cluster};

    #[test]
    fn filter_by_kind_confidence_and_speaker_alias() {
        let text = "“We will reopen the pier next spring,” said Ada Okafor. \
                    The plan is called the “Harbour Deal”.";
        let ms = Extractor::new().extract(&Document::new("f.txt", text));
        let cs = cluster(&ms);
        assert_eq!(cs.len(), 2);
        let speech = Filter { speech_only: true, ..Filter::default() };
        assert_eq!(speech.apply(&ms, &cs).len(), 1);
        let high = Filter { min_confidence: Some(1.01), ..Filter::default() };
        assert!(high.apply(&ms, &cs).is_empty());
        let g =
            Gazetteer::parse("Ada Okafor\tperson\tAda|Mayor Okafor\n", "g.tsv".as_ref()).unwrap();
        let mut by_alias = Filter::default();
        by_alias.speaker("mayor okafor", &g);
        assert_eq!(by_alias.apply(&ms, &cs).len(), 1);
        let mut other = Filter::default();
        other.speaker("Ines Moreau", &g);
        assert!(other.apply(&ms, &cs).is_empty());
    }
}
