//! Every message round-trips through the JSON that docs/classroom.md shows.

use super::jobs::RejectReason;
use super::protocol::*;

fn client_round_trip(json: &str, message: ClientMessage) {
    let parsed: ClientMessage = serde_json::from_str(json).unwrap();
    assert_eq!(parsed, message, "{json}");
    assert_eq!(serde_json::to_string(&message).unwrap(), json);
}

fn server_round_trip(json: &str, message: ServerMessage) {
    let parsed: ServerMessage = serde_json::from_str(json).unwrap();
    assert_eq!(parsed, message, "{json}");
    assert_eq!(serde_json::to_string(&message).unwrap(), json);
}

#[test]
fn client_messages_match_the_docs() {
    client_round_trip(
        r#"{"type":"join","class":"ABCD","name":"Ana"}"#,
        ClientMessage::Join {
            class: "ABCD".into(),
            name: "Ana".into(),
            token: None,
        },
    );
    client_round_trip(
        r#"{"type":"join","class":"ABCD","name":"Ana","token":"9f2c4e"}"#,
        ClientMessage::Join {
            class: "ABCD".into(),
            name: "Ana".into(),
            token: Some("9f2c4e".into()),
        },
    );
    client_round_trip(
        r#"{"type":"teacher","class":"ABCD","key":"k3y"}"#,
        ClientMessage::Teacher {
            class: "ABCD".into(),
            key: "k3y".into(),
        },
    );
    client_round_trip(
        r#"{"type":"submit","job":12,"nonce":48213}"#,
        ClientMessage::Submit {
            job: 12,
            nonce: 48_213,
        },
    );
    client_round_trip(r#"{"type":"new_job"}"#, ClientMessage::NewJob);
    client_round_trip(
        r#"{"type":"choose_pool","pool":1}"#,
        ClientMessage::ChoosePool { pool: Some(1) },
    );
    client_round_trip(
        r#"{"type":"choose_pool","pool":null}"#,
        ClientMessage::ChoosePool { pool: None },
    );
    client_round_trip(
        r#"{"type":"answer","vote":"q1","option":2}"#,
        ClientMessage::Answer {
            vote: "q1".into(),
            option: 2,
        },
    );
    client_round_trip(
        r#"{"type":"open_pools","names":["Red","Blue"]}"#,
        ClientMessage::OpenPools {
            names: vec!["Red".into(), "Blue".into()],
        },
    );
    client_round_trip(
        r#"{"type":"farm","multiple":3.0}"#,
        ClientMessage::Farm { multiple: 3.0 },
    );
    client_round_trip(r#"{"type":"pause"}"#, ClientMessage::Pause);
    client_round_trip(r#"{"type":"resume"}"#, ClientMessage::Resume);
    client_round_trip(r#"{"type":"new_lesson"}"#, ClientMessage::NewLesson);
    client_round_trip(
        r#"{"type":"open_vote","vote":"q1","options":["Yes","No"]}"#,
        ClientMessage::OpenVote {
            vote: "q1".into(),
            options: vec!["Yes".into(), "No".into()],
        },
    );
    client_round_trip(
        r#"{"type":"reveal","vote":"q1","correct":0}"#,
        ClientMessage::Reveal {
            vote: "q1".into(),
            correct: Some(0),
        },
    );
    client_round_trip(r#"{"type":"csv"}"#, ClientMessage::Csv);
}

#[test]
fn malformed_client_messages_do_not_parse() {
    for bad in [
        "",
        "{",
        r#"{"type":"mine_for_me"}"#,
        r#"{"type":"submit","job":1,"nonce":-1}"#,
        r#"{"type":"submit","job":1,"nonce":4294967296}"#,
        r#"{"type":"submit","job":"1","nonce":2}"#,
        r#"{"type":"submit","job":1}"#,
    ] {
        assert!(serde_json::from_str::<ClientMessage>(bad).is_err(), "{bad}");
    }
}

#[test]
fn server_messages_match_the_docs() {
    server_round_trip(
        r#"{"type":"welcome","class":"ABCD","student":3,"name":"Ana 2","token":"9f2c4e","pools":[{"id":1,"name":"Red"}],"pool":null,"paused":false,"vote":null}"#,
        ServerMessage::Welcome {
            class: "ABCD".into(),
            student: 3,
            name: "Ana 2".into(),
            token: "9f2c4e".into(),
            pools: vec![PoolInfo {
                id: 1,
                name: "Red".into(),
            }],
            pool: None,
            paused: false,
            vote: None,
        },
    );
    server_round_trip(
        r#"{"type":"rejected","job":12,"nonce":7,"reason":"too_easy","message":"Too easy"}"#,
        ServerMessage::Rejected {
            job: Some(12),
            nonce: Some(7),
            reason: RejectReason::TooEasy,
            message: "Too easy".into(),
        },
    );
    server_round_trip(
        r#"{"type":"accepted","job":12,"nonce":48213,"difficulty":0.000244140625,"block":false}"#,
        ServerMessage::Accepted {
            job: 12,
            nonce: 48_213,
            difficulty: 0.000_244_140_625,
            block: false,
        },
    );
    server_round_trip(
        r#"{"type":"block","height":4,"hash":"00ab","finder":"ASIC farm (simulated)","student":null,"pool":null,"simulated":true,"time":1764460800}"#,
        ServerMessage::Block(BlockRow {
            height: 4,
            hash: "00ab".into(),
            finder: "ASIC farm (simulated)".into(),
            student: None,
            pool: None,
            simulated: true,
            time: 1_764_460_800,
        }),
    );
    server_round_trip(
        r#"{"type":"vote_tally","vote":"q1","options":["Yes","No"],"counts":[5,2],"correct":0}"#,
        ServerMessage::VoteTally {
            vote: "q1".into(),
            options: vec!["Yes".into(), "No".into()],
            counts: vec![5, 2],
            correct: Some(0),
        },
    );
    server_round_trip(r#"{"type":"new_lesson"}"#, ServerMessage::NewLesson);
    for reason in [
        RejectReason::Stale,
        RejectReason::Duplicate,
        RejectReason::TooEasy,
        RejectReason::Malformed,
        RejectReason::Oversize,
        RejectReason::Paused,
        RejectReason::NotJoined,
    ] {
        let json = serde_json::to_string(&reason).unwrap();
        assert_eq!(serde_json::from_str::<RejectReason>(&json).unwrap(), reason);
    }
}

#[test]
fn every_example_in_the_docs_is_a_message() {
    let docs = include_str!("../../../../docs/classroom.md");
    let examples: Vec<&str> = docs
        .lines()
        .filter(|line| line.starts_with(r#"{"type":"#))
        .collect();
    // 7 from students (two joins, two pool choices), 9 from the teacher, 16 from the server:
    // every message type at least once.
    assert_eq!(examples.len(), 32);
    for example in examples {
        let client = serde_json::from_str::<ClientMessage>(example);
        let server = serde_json::from_str::<ServerMessage>(example);
        assert!(
            client.is_ok() || server.is_ok(),
            "{example}: {client:?} {server:?}"
        );
    }
}
