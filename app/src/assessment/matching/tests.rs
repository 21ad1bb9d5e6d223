//! The matching rules on hand-made profiles.

use super::*;

fn req(competence: CompetenceId, level: u8) -> Required {
    Required { competence, level }
}

fn said(levels: &[(CompetenceId, Option<u8>)]) -> Profile {
    Profile::from_parts(levels.iter().copied(), [])
}

#[test]
fn meets_lacks_unknown_and_missing() {
    let p = said(&[(1, Some(4)), (2, Some(2)), (3, None)]);
    assert!(fit(&p, req(1, 4)).meets(), "an exact meet");
    assert!(fit(&p, req(1, 3)).meets());
    assert_eq!(
        fit(&p, req(2, 3)),
        Fit::Lacks {
            held: Held {
                level: 2,
                source: Source::SelfAssessed
            },
            by: 1
        },
        "one level short"
    );
    assert_eq!(fit(&p, req(3, 2)), Fit::Unknown);
    assert_eq!(fit(&p, req(4, 5)), Fit::Missing { by: 5 });
    assert_eq!(fit(&p, req(3, 2)).levels_short(2), 2, "unknown is not met");
}

#[test]
fn a_badge_raises_a_level_and_says_so_but_never_lowers_one() {
    let p = Profile::from_parts([(1, Some(2)), (2, Some(6)), (3, None)], [(1, 4), (2, 4), (3, 3)]);
    assert_eq!(
        p.held[&1],
        Held {
            level: 4,
            source: Source::Attested
        }
    );
    assert_eq!(
        p.held[&2],
        Held {
            level: 6,
            source: Source::SelfAssessed
        },
        "self-assessed stays self-assessed"
    );
    assert_eq!(p.held[&3].source, Source::Attested);
    assert!(p.unknown.is_empty(), "an attested level answers the unknown");
}

#[test]
fn scores_rank_by_share_then_levels_then_id() {
    let p = said(&[(1, Some(4)), (2, Some(2))]);
    let a = [req(1, 4), req(2, 4)]; // 1 of 2, 2 short
    let b = [req(1, 3)]; // 1 of 1
    let c = [req(1, 4), req(2, 3)]; // 1 of 2, 1 short
    let d = [req(1, 4), req(2, 3)]; // same as c: id decides
    let ranked = rank(
        &p,
        [
            (10, &a[..]),
            (11, &b[..]),
            (12, &c[..]),
            (9, &d[..]),
            (13, &[][..]),
        ],
    );
    let ids: Vec<i32> = ranked.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        vec![11, 9, 12, 10],
        "same inputs, same order; nothing asked: left out"
    );
    assert_eq!(
        ranked[0].1,
        Score {
            meets: 1,
            total: 1,
            levels_short: 0
        }
    );
}

#[test]
fn several_courses_close_a_gap_shortest_first_and_one_can_close_two() {
    let courses = vec![
        Course {
            id: 7,
            minutes: 300,
            raises: vec![req(2, 4)],
        },
        Course {
            id: 3,
            minutes: 120,
            raises: vec![req(2, 4), req(5, 3)],
        },
        Course {
            id: 5,
            minutes: 60,
            raises: vec![req(2, 3)],
        },
        Course {
            id: 4,
            minutes: 120,
            raises: vec![req(2, 5)],
        },
    ];
    let ids = |found: Vec<&Course>| found.iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(
        ids(closers(req(2, 4), &courses)),
        vec![3, 4, 7],
        "ties by id; too low left out"
    );
    assert_eq!(
        ids(closers(req(5, 3), &courses)),
        vec![3],
        "one course closes two gaps"
    );

    let p = said(&[(2, Some(2))]);
    let ranked: Vec<(i32, u32)> = rank_courses(&p, &courses)
        .iter()
        .map(|(c, g)| (c.id, *g))
        .collect();
    // Levels per hour: 3 → 5 in 2 h, 5 → 1 in 1 h, 4 → 3 in 2 h, 7 → 2 in 5 h.
    assert_eq!(ranked, vec![(3, 5), (4, 3), (5, 1), (7, 2)]);
}
