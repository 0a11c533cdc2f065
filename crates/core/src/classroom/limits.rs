//! Per-connection limits: message size, and message rate as a token bucket. Time is passed in
//! (seconds from any origin) so the rules are pure and tested with hand-computed values.

/// Largest message the server reads, in bytes (a share is under 100).
pub const MAX_MESSAGE_BYTES: usize = 4_096;
/// Messages a connection may send in a burst.
pub const BURST_MESSAGES: f64 = 40.0;
/// Messages a second a connection may send on average (a student sends about one share a second).
pub const MESSAGES_PER_SECOND: f64 = 20.0;
/// Dropped messages (leaking one a second) after which the connection is closed as flooding.
pub const FLOOD_DROPS: f64 = 50.0;

/// What the limiter says about one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admit {
    /// Within the rate: handle it.
    Yes,
    /// Over the rate: drop it and tell the sender.
    Drop,
    /// Flooding for a while: close the connection.
    Close,
}

/// A token bucket ([`BURST_MESSAGES`] deep, refilled at [`MESSAGES_PER_SECOND`]) and a leaky
/// count of dropped messages that closes the connection past [`FLOOD_DROPS`].
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimit {
    tokens: f64,
    drops: f64,
    last_s: f64,
}

impl RateLimit {
    /// A full bucket at time `now_s`.
    pub fn new(now_s: f64) -> RateLimit {
        RateLimit {
            tokens: BURST_MESSAGES,
            drops: 0.0,
            last_s: now_s,
        }
    }

    /// Accounts for one message arriving at `now_s` (a clock going backwards counts as no time).
    pub fn admit(&mut self, now_s: f64) -> Admit {
        let elapsed = if now_s > self.last_s {
            now_s - self.last_s
        } else {
            0.0
        };
        self.last_s = self.last_s.max(now_s);
        self.tokens = (self.tokens + elapsed * MESSAGES_PER_SECOND).min(BURST_MESSAGES);
        self.drops = (self.drops - elapsed).max(0.0);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            return Admit::Yes;
        }
        self.drops += 1.0;
        if self.drops > FLOOD_DROPS {
            Admit::Close
        } else {
            Admit::Drop
        }
    }
}

/// The message a dropped message earns.
pub fn rate_message() -> String {
    format!(
        "Too many messages: at most {MESSAGES_PER_SECOND} a second (bursts of {BURST_MESSAGES}); \
         this one was dropped. Keep flooding and the class closes the connection."
    )
}
