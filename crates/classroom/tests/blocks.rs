//! The class's chain with real shares: blocks, pools paid by PPLNS, solo, the Bitcoin-style
//! retarget, the simulated ASIC farm, pause, resume and a new lesson.

mod common;

use std::time::Duration;

use common::{fresh_or_raced, scratch, Client, Miner, Server, EASY_SHARES};
use hashwatt_core::classroom::jobs::RejectReason;
use hashwatt_core::classroom::protocol::{ClassStatus, ClientMessage, ServerMessage};
use tokio::time::timeout;

/// Block difficulty 2^-20: 4,096 hashes, about 16 shares of 2^-24 a block.
const QUICK_BLOCKS: &str = "0.00000095367431640625";

async fn status(teacher: &mut Client, pick: impl Fn(&ClassStatus) -> bool) -> ClassStatus {
    teacher
        .until(|m| match m {
            ServerMessage::Class(s) if pick(s) => Some(s.clone()),
            _ => None,
        })
        .await
}

#[tokio::test]
async fn blocks_pay_the_pool_or_the_finder_and_the_farm_takes_over() {
    timeout(Duration::from_secs(120), async {
        let dir = scratch("blocks");
        let server = Server::start(&dir, EASY_SHARES, QUICK_BLOCKS);
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        let mut ana = Client::connect(&server).await;
        ana.join(&server.code, "Ana", None).await;
        let mut bo = Client::connect(&server).await;
        bo.join(&server.code, "Bo", None).await;
        teacher
            .send(&ClientMessage::OpenPools {
                names: vec!["Red".into(), "Blue".into()],
            })
            .await;
        for page in [&mut ana, &mut bo] {
            page.until(|m| matches!(m, ServerMessage::Pools { .. }).then_some(()))
                .await;
            page.send(&ClientMessage::ChoosePool { pool: Some(1) })
                .await;
        }
        let (mut ana, mut bo) = (Miner::new(ana).await, Miner::new(bo).await);

        // Ana and Bo take turns until the pool finds a block.
        let mut block = None;
        for _ in 0..200 {
            for miner in [&mut ana, &mut bo] {
                if block.is_none() {
                    let verdict = miner.mine_one().await;
                    assert!(fresh_or_raced(&verdict), "{verdict:?}");
                    block = miner.blocks.first().cloned();
                }
            }
        }
        let block = block.expect("a block within 400 shares of 1/16 odds");
        assert_eq!((block.height, block.pool.as_deref()), (1, Some("Red")));
        assert!(!block.simulated);
        let after = status(&mut teacher, |s| s.height == 1).await;
        let paid: f64 = after.students.iter().map(|s| s.reward).sum();
        assert!(
            (paid - 3.125).abs() < 1e-12,
            "the pool's block pays 3.125 in all: {paid}"
        );
        assert_eq!(after.pools[0].blocks, 1);
        assert_eq!(after.blocks[0].finder, block.finder);

        // A share of a job from before the block is stale.
        let finder = if block.finder == "Ana" {
            &mut ana
        } else {
            &mut bo
        };
        let old = finder
            .old_jobs
            .first()
            .copied()
            .expect("the block replaced a job");
        let nonce = old.shares(0, 1)[0];
        let verdict = finder.client.submit(old.job, nonce).await;
        assert!(
            matches!(
                verdict,
                ServerMessage::Rejected {
                    reason: RejectReason::Stale,
                    ..
                }
            ),
            "{verdict:?}"
        );

        // Solo: Ana alone finds the next three blocks and is paid 3.125 for each; the fourth
        // block of the period retargets (they came far faster than 45 s: 4x, the clamp).
        ana.client
            .send(&ClientMessage::ChoosePool { pool: None })
            .await;
        let before = status(&mut teacher, |s| s.students[0].pool.is_none()).await;
        for height in 2..=4 {
            let block = ana.mine_until_block(400, height - 1).await;
            assert_eq!(
                (block.height, block.finder.as_str(), block.pool.as_deref()),
                (height, "Ana", None)
            );
        }
        let solo = status(&mut teacher, |s| s.height == 4).await;
        assert!((solo.students[0].reward - before.students[0].reward - 3.0 * 3.125).abs() < 1e-12);
        assert_eq!(solo.block_difficulty, 4.0 * 2f64.powi(-20));

        // The simulated farm at 1,000 times the class's hash rate wins the next block.
        teacher
            .send(&ClientMessage::Farm { multiple: 1_000.0 })
            .await;
        let farm_block = ana
            .client
            .until(|m| match m {
                ServerMessage::Block(b) if b.simulated => Some(b.clone()),
                _ => None,
            })
            .await;
        assert_eq!(
            (farm_block.finder.as_str(), farm_block.student),
            ("ASIC farm (simulated)", None)
        );
        let with_farm = status(&mut teacher, |s| {
            s.farm.as_ref().is_some_and(|f| f.blocks > 0)
        })
        .await;
        let farm = with_farm.farm.unwrap();
        assert!(farm.simulated);
        assert_eq!(farm.rate, 1_000.0 * with_farm.class_rate);
        assert_eq!(with_farm.nakamoto, Some(1));
        teacher.send(&ClientMessage::Farm { multiple: 0.0 }).await;

        // Pause: no credit; resume: new work.
        teacher.send(&ClientMessage::Pause).await;
        ana.client
            .until(|m| matches!(m, ServerMessage::Paused { paused: true }).then_some(()))
            .await;
        let job = ana.job;
        let verdict = ana.client.submit(job.job, 0).await;
        assert!(
            matches!(
                verdict,
                ServerMessage::Rejected {
                    reason: RejectReason::Paused,
                    ..
                }
            ),
            "{verdict:?}"
        );
        teacher.send(&ClientMessage::Resume).await;
        ana.client
            .until(|m| matches!(m, ServerMessage::Paused { paused: false }).then_some(()))
            .await;
        ana.client.job().await;

        // A new lesson: the chain and the tallies start again, the students stay.
        teacher.send(&ClientMessage::NewLesson).await;
        let fresh = status(&mut teacher, |s| s.height == 0).await;
        assert_eq!(fresh.students.len(), 2);
        assert!(fresh
            .students
            .iter()
            .all(|s| s.shares == 0 && s.reward == 0.0));
        assert!(fresh.blocks.is_empty() && fresh.pools.is_empty() && fresh.farm.is_none());
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}
