use super::limits::*;

#[test]
fn a_burst_of_forty_passes_then_messages_drop() {
    let mut limit = RateLimit::new(0.0);
    for _ in 0..40 {
        assert_eq!(limit.admit(0.0), Admit::Yes);
    }
    assert_eq!(limit.admit(0.0), Admit::Drop);
    // 0.05 s refills 0.05 x 20 = 1 token.
    assert_eq!(limit.admit(0.05), Admit::Yes);
    assert_eq!(limit.admit(0.05), Admit::Drop);
}

#[test]
fn a_steady_twenty_a_second_never_drops() {
    let mut limit = RateLimit::new(0.0);
    for i in 0..2_000 {
        assert_eq!(limit.admit(f64::from(i) * 0.05), Admit::Yes, "message {i}");
    }
}

#[test]
fn sustained_flooding_closes() {
    let mut limit = RateLimit::new(0.0);
    // 40 pass, then 50 drops are tolerated; the 51st drop (the 91st message) closes.
    let verdicts: Vec<Admit> = (0..91).map(|_| limit.admit(0.0)).collect();
    assert!(verdicts[..40].iter().all(|&v| v == Admit::Yes));
    assert!(verdicts[40..90].iter().all(|&v| v == Admit::Drop));
    assert_eq!(verdicts[90], Admit::Close);
}

#[test]
fn drops_leak_away_and_the_clock_may_not_go_back() {
    let mut limit = RateLimit::new(10.0);
    for _ in 0..70 {
        limit.admit(10.0);
    }
    // 30 drops so far; 30 s later they have leaked away and the bucket is full again.
    for _ in 0..40 {
        assert_eq!(limit.admit(40.0), Admit::Yes);
    }
    // A clock that goes backwards refills nothing.
    assert_eq!(limit.admit(5.0), Admit::Drop);
    assert!(rate_message().starts_with("Too many messages: at most 20 a second"));
}
