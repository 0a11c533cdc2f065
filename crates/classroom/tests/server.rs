//! The classroom server end to end on 127.0.0.1: the real binary, a temporary SQLite lesson, real
//! WebSocket clients mining real shares with the core's search.

mod common;

use std::time::Duration;

use common::{http_get, scratch, Client, Server, EASY_SHARES, NO_BLOCKS};
use hashwatt_core::classroom::jobs::RejectReason;
use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};
use tokio::time::timeout;

const TEST_SECONDS: u64 = 90;

fn rejected(message: &ServerMessage) -> Option<RejectReason> {
    match message {
        ServerMessage::Rejected { reason, .. } => Some(*reason),
        _ => None,
    }
}

#[tokio::test]
async fn join_mine_and_every_bad_share_gets_its_reason() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("mine");
        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        assert!(server.students_lines.iter().any(|l| l
            == &format!(
                "Students: http://127.0.0.1:{}/?class={}",
                server.port, server.code
            )));
        let mut ana = Client::connect(&server).await;
        let (id, name, token) = ana.join(&server.code, "  Ana ", None).await;
        assert_eq!((id, name.as_str()), (1, "Ana"));
        assert_eq!(token.len(), 32);
        let job = ana.job().await;
        let nonces = job.shares(0, 2);

        // A real share is credited at the job's difficulty.
        match ana.submit(job.job, nonces[0]).await {
            ServerMessage::Accepted {
                difficulty, block, ..
            } => {
                assert_eq!(difficulty, 2f64.powi(-24));
                assert!(!block);
            }
            other => panic!("expected accepted, got {other:?}"),
        }
        assert!(matches!(
            ana.submit(job.job, nonces[1]).await,
            ServerMessage::Accepted { .. }
        ));
        // The same nonce again, a hash above the target, an unknown job.
        let duplicate = ana.submit(job.job, nonces[0]).await;
        assert_eq!(rejected(&duplicate), Some(RejectReason::Duplicate));
        if let ServerMessage::Rejected { message, .. } = duplicate {
            assert!(message.starts_with("Duplicate"), "{message}");
        }
        assert_eq!(
            rejected(&ana.submit(job.job, job.miss()).await),
            Some(RejectReason::TooEasy)
        );
        assert_eq!(
            rejected(&ana.submit(job.job + 1_000_000, nonces[0]).await),
            Some(RejectReason::Stale)
        );
        // Malformed and oversize messages.
        for text in [
            r#"{"type":"submit","job":1,"nonce":"x"}"#.to_string(),
            "not json".to_string(),
            format!(
                r#"{{"type":"join","class":"{}","name":"x"}}"#,
                "A".repeat(5_000)
            ),
        ] {
            let expected = if text.len() > 4_096 {
                RejectReason::Oversize
            } else {
                RejectReason::Malformed
            };
            ana.send_text(text).await;
            let reason = ana.until(rejected).await;
            assert_eq!(reason, expected);
        }
        // Still connected and mining after all that.
        let third = job.shares(nonces[1] + 1, 1)[0];
        assert!(matches!(
            ana.submit(job.job, third).await,
            ServerMessage::Accepted { .. }
        ));

        // A second "Ana" is told apart; a name with markup is refused.
        let mut ana2 = Client::connect(&server).await;
        assert_eq!(ana2.join(&server.code, "ana", None).await.1, "ana 2");
        let mut markup = Client::connect(&server).await;
        markup
            .send(&ClientMessage::Join {
                class: server.code.clone(),
                name: "<b>Bo</b>".into(),
                token: None,
            })
            .await;
        let error = markup
            .until(|m| match m {
                ServerMessage::Error { message } => Some(message.clone()),
                _ => None,
            })
            .await;
        assert!(error.contains("not '<'"), "{error}");
        // A page that never joined earns nothing.
        assert_eq!(
            rejected(&markup.submit(job.job, nonces[0]).await),
            Some(RejectReason::NotJoined)
        );

        // The teacher sees Ana's three shares and a rate computed from them.
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        let row = teacher
            .until(|m| match m {
                ServerMessage::Class(status) => status.students.iter().find(|s| s.id == 1).cloned(),
                _ => None,
            })
            .await;
        assert_eq!(row.shares, 3);
        // 3 x 2^-24 x 2^32 = 768 hashes over at most 60 s and at least 5 s.
        assert!(
            row.rate > 768.0 / 60.0 - 1e-9 && row.rate <= 768.0 / 5.0 + 1e-9,
            "{row:?}"
        );
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}

#[tokio::test]
async fn the_teacher_key_and_the_origin_are_checked() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("key");
        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        let mut page = Client::connect(&server).await;
        page.send(&ClientMessage::Teacher {
            class: server.code.clone(),
            // The right key with its last digit changed (to 1 if it was 0, else to 0).
            key: format!(
                "{}{}",
                &server.key[..31],
                if server.key.ends_with('0') { '1' } else { '0' }
            ),
        })
        .await;
        let refusal = page
            .until(|m| match m {
                ServerMessage::Error { message } => Some(message.clone()),
                ServerMessage::TeacherWelcome { .. } => panic!("a wrong key was accepted"),
                _ => None,
            })
            .await;
        assert!(
            refusal.starts_with("Wrong class or teacher key"),
            "{refusal}"
        );
        // A student cannot pull the teacher's levers.
        page.join(&server.code, "Cy", None).await;
        page.send(&ClientMessage::Pause).await;
        let refusal = page
            .until(|m| match m {
                ServerMessage::Error { message } => Some(message.clone()),
                ServerMessage::Paused { .. } => panic!("a student paused the class"),
                _ => None,
            })
            .await;
        assert!(refusal.starts_with("Only the teacher"), "{refusal}");

        // The CSV needs the key.
        let (status, _) = http_get(server.port, "/lesson.csv?key=nope").await;
        assert_eq!(status, 403);
        let (status, _) = http_get(server.port, "/lesson.csv").await;
        assert_eq!(status, 403);
        let (status, csv) = http_get(server.port, &format!("/lesson.csv?key={}", server.key)).await;
        assert_eq!(status, 200);
        assert!(
            csv.starts_with(
                "students\nid,name,pool,shares,blocks,reward_coins,rate_hs\n1,Cy,solo,0,0,0,0\n"
            ),
            "{csv}"
        );
        // The page is served from --dist on the same port.
        let (status, page_html) = http_get(server.port, "/").await;
        assert_eq!(status, 200);
        assert!(page_html.contains("<title>Hashwatt</title>"));

        // A WebSocket from another site's page is refused; from this server's, accepted.
        let foreign = tokio_tungstenite::tungstenite::http::Request::builder()
            .uri(server.url())
            .header("Host", format!("127.0.0.1:{}", server.port))
            .header("Origin", "http://evil.example")
            .header("Connection", "Upgrade")
            .header("Upgrade", "websocket")
            .header("Sec-WebSocket-Version", "13")
            .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
            .body(())
            .unwrap();
        match tokio_tungstenite::connect_async(foreign).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                assert_eq!(response.status(), 403)
            }
            other => panic!("a foreign Origin was let in: {:?}", other.map(|_| ())),
        }
        let own = tokio_tungstenite::tungstenite::http::Request::builder()
            .uri(server.url())
            .header("Host", format!("127.0.0.1:{}", server.port))
            .header("Origin", format!("http://127.0.0.1:{}", server.port))
            .header("Connection", "Upgrade")
            .header("Upgrade", "websocket")
            .header("Sec-WebSocket-Version", "13")
            .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
            .body(())
            .unwrap();
        assert!(tokio_tungstenite::connect_async(own).await.is_ok());
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}

#[tokio::test]
async fn floods_and_huge_messages_close_the_connection_not_the_server() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("flood");
        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        let mut flood = Client::connect(&server).await;
        // A burst of 60 from a page that has not joined: the bucket's 40 pass (each answered
        // "Join the class before asking for work"), and the rest are dropped, each with a message;
        // a token or two may refill while the burst is sent. Fewer than 50 drops do not close the
        // connection, so all 60 answers can be read before any close (a socket closed with unread
        // input is reset, and its last messages lost: counting them after the close was flaky).
        for _ in 0..60 {
            flood.send_text(r#"{"type":"new_job"}"#.to_string()).await;
        }
        let mut rate_errors = 0;
        for _ in 0..60 {
            match flood.next().await {
                Some(ServerMessage::Error { message })
                    if message.starts_with("Too many messages") =>
                {
                    rate_errors += 1
                }
                Some(_) => {}
                None => break,
            }
        }
        assert!(
            (1..=20).contains(&rate_errors),
            "{rate_errors} rate errors for a burst of 60 over a bucket of 40"
        );
        // Keep flooding and the class closes the connection: 300 more is plenty.
        let mut sent = 0;
        while sent < 300
            && flood
                .try_send_text(r#"{"type":"new_job"}"#.to_string())
                .await
        {
            sent += 1;
        }
        while flood.next().await.is_some() {}
        // 100 KB in one frame: past the frame limit, the connection ends.
        let mut huge = Client::connect(&server).await;
        let _ = huge.try_send_text("x".repeat(100_000)).await;
        while huge.next().await.is_some() {}

        // The server carries on.
        let mut after = Client::connect(&server).await;
        assert_eq!(after.join(&server.code, "Dee", None).await.1, "Dee");
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}

#[tokio::test]
async fn a_restart_keeps_the_lesson_and_students_come_back() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("restart");
        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        let (code, key) = (server.code.clone(), server.key.clone());
        let mut ana = Client::connect(&server).await;
        let (id, _, token) = ana.join(&code, "Ana", None).await;
        let job = ana.job().await;
        for nonce in job.shares(0, 3) {
            assert!(matches!(
                ana.submit(job.job, nonce).await,
                ServerMessage::Accepted { .. }
            ));
        }
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        teacher
            .send(&ClientMessage::OpenPools {
                names: vec!["Red".into(), "Blue".into()],
            })
            .await;
        ana.until(|m| matches!(m, ServerMessage::Pools { .. }).then_some(()))
            .await;
        ana.send(&ClientMessage::ChoosePool { pool: Some(2) }).await;
        // Wait until the dashboard shows the choice, so it is in memory before the stop.
        teacher
            .until(|m| match m {
                ServerMessage::Class(s) => {
                    s.students.first().filter(|r| r.pool == Some(2)).map(|_| ())
                }
                _ => None,
            })
            .await;
        server.stop();

        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        assert_eq!(
            (server.code.as_str(), server.key.as_str()),
            (code.as_str(), key.as_str())
        );
        let mut back = Client::connect(&server).await;
        let (same_id, name, same_token) = back.join(&code, "Someone else", Some(&token)).await;
        assert_eq!(
            (same_id, name.as_str(), same_token.as_str()),
            (id, "Ana", token.as_str())
        );
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        let status = teacher
            .until(|m| match m {
                ServerMessage::Class(s) => Some(s.clone()),
                _ => None,
            })
            .await;
        assert_eq!(status.students.len(), 1);
        assert_eq!(status.students[0].shares, 3);
        assert_eq!(status.students[0].pool, Some(2));
        assert_eq!(
            status
                .pools
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Red", "Blue"]
        );
        // She goes on mining as the same student.
        let job = back.job().await;
        let nonce = job.shares(0, 1)[0];
        assert!(matches!(
            back.submit(job.job, nonce).await,
            ServerMessage::Accepted { .. }
        ));
        let (_, csv) = http_get(server.port, &format!("/lesson.csv?key={key}")).await;
        assert!(csv.contains("\n1,Ana,Blue,4,0,0,"), "{csv}");
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}

#[tokio::test]
async fn votes_stay_hidden_until_the_reveal() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("votes");
        let server = Server::start(&dir, EASY_SHARES, NO_BLOCKS);
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        let mut ana = Client::connect(&server).await;
        ana.join(&server.code, "Ana", None).await;
        let mut bo = Client::connect(&server).await;
        bo.join(&server.code, "Bo", None).await;
        teacher
            .send(&ClientMessage::OpenVote {
                vote: "q1".into(),
                options: vec!["Yes".into(), "No".into()],
            })
            .await;
        for (student, option) in [(&mut ana, 0), (&mut bo, 1)] {
            student
                .until(|m| matches!(m, ServerMessage::VoteOpened { .. }).then_some(()))
                .await;
            student
                .send(&ClientMessage::Answer {
                    vote: "q1".into(),
                    option,
                })
                .await;
        }
        let answered = teacher
            .until(|m| match m {
                ServerMessage::VoteCount {
                    answered: 2,
                    students,
                    ..
                } => Some(*students),
                ServerMessage::VoteTally { .. } => panic!("the tally before the reveal"),
                _ => None,
            })
            .await;
        assert_eq!(answered, 2);
        teacher
            .send(&ClientMessage::Reveal {
                vote: "q1".into(),
                correct: Some(0),
            })
            .await;
        for page in [&mut ana, &mut bo, &mut teacher] {
            let (counts, correct) = page
                .until(|m| match m {
                    ServerMessage::VoteTally {
                        counts, correct, ..
                    } => Some((counts.clone(), *correct)),
                    _ => None,
                })
                .await;
            assert_eq!((counts, correct), (vec![1, 1], Some(0)));
        }
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}

#[tokio::test]
async fn a_full_class_refuses_new_students_but_not_returning_ones() {
    timeout(Duration::from_secs(TEST_SECONDS), async {
        let dir = scratch("full");
        let server = Server::start_with(&dir, &["--max-students", "1"]);
        let mut ana = Client::connect(&server).await;
        let (_, _, token) = ana.join(&server.code, "Ana", None).await;
        let mut bo = Client::connect(&server).await;
        bo.send(&ClientMessage::Join {
            class: server.code.clone(),
            name: "Bo".into(),
            token: None,
        })
        .await;
        let refusal = bo
            .until(|m| match m {
                ServerMessage::Error { message } => Some(message.clone()),
                ServerMessage::Welcome { .. } => panic!("a 2nd student in a class of 1"),
                _ => None,
            })
            .await;
        assert_eq!(refusal, "The class is full (1 students); ask your teacher.");
        // Ana's second page comes back as Ana; her first page is told and detached.
        let mut again = Client::connect(&server).await;
        assert_eq!(again.join(&server.code, "", Some(&token)).await.1, "Ana");
        let told = ana
            .until(|m| match m {
                ServerMessage::Error { message } => Some(message.clone()),
                _ => None,
            })
            .await;
        assert!(
            told.starts_with("You joined the class from another page"),
            "{told}"
        );
        // The CSV through the socket, for the teacher only.
        let mut teacher = Client::connect(&server).await;
        teacher.teacher(&server).await;
        teacher.send(&ClientMessage::Csv).await;
        let csv = teacher
            .until(|m| match m {
                ServerMessage::Csv { text } => Some(text.clone()),
                _ => None,
            })
            .await;
        assert!(csv.contains("\n1,Ana,solo,0,0,0,0\n"), "{csv}");
        server.stop();
    })
    .await
    .expect("the test finishes in time");
}
