//! Recommendations: resources per pillar, most focused and shortest first.
use crate::core::library::Resource;
use crate::core::pillar::PillarId;

/// For each given pillar (in the given order): up to `per_pillar` indices of resources
/// serving it, most focused first (fewest pillars), then shortest (unknown time last), then
/// library order. Deterministic.
pub fn recommend(
    resources: &[Resource],
    pillars: &[PillarId],
    per_pillar: usize,
) -> Vec<(PillarId, Vec<usize>)> {
    pillars
        .iter()
        .map(|&p| {
            let mut picks: Vec<usize> = resources
                .iter()
                .enumerate()
                .filter(|(_, r)| r.pillars.contains(&p))
                .map(|(i, _)| i)
                .collect();
            picks.sort_by_key(|&i| {
                let r = &resources[i];
                let minutes = if r.minutes == 0 { u32::MAX } else { r.minutes };
                (r.pillars.len(), minutes, i)
            });
            picks.truncate(per_pillar);
            (p, picks)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::{pid, res, sample};
    use crate::core::library::Kind;

    #[test]
    fn recommend_prefers_focused_then_short() {
        let mut rs = sample();
        rs.push(res(
            "quick-pl",
            "Quick PL",
            "A",
            Kind::Video,
            &["professional-learning"],
            "d",
            &[],
            5,
        ));
        rs.push(res(
            "unknown-time",
            "U",
            "A",
            Kind::Video,
            &["professional-learning"],
            "d",
            &[],
            0,
        ));
        rs.push(res(
            "broad",
            "B",
            "A",
            Kind::Video,
            &["professional-learning", "spaces"],
            "d",
            &[],
            1,
        ));
        let (pl, none, branding) = (
            pid("professional-learning"),
            pid("opportunity"),
            pid("branding"),
        );
        let rec = recommend(&rs, &[pl, none, branding], 4);
        assert_eq!(rec[0], (pl, vec![7, 2, 4, 8]));
        assert_eq!(rec[1], (none, vec![])); // a pillar nothing serves
        assert_eq!(rec[2], (branding, vec![3, 0]));
        let spaces = pid("spaces");
        assert_eq!(recommend(&rs, &[spaces], 1), vec![(spaces, vec![5])]);
        assert_eq!(recommend(&rs, &[spaces], 0)[0].1.len(), 0);
    }
}
