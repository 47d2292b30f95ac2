//! Flood control per connection: a token bucket (a burst, then a steady rate), and a count of messages dropped
//! in a row after which the connection is closed. Time comes in as an argument, so it is host-tested.

use std::time::{Duration, Instant};

/// What to do with one incoming message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Accept,
    /// Drop it and say `flood`.
    Drop,
    /// Too many dropped in a row: close the connection.
    Close,
}

/// The bucket's shape.
#[derive(Clone, Copy, Debug)]
pub struct Rate {
    pub burst: u32,
    pub per_second: u32,
    /// Messages dropped in a row before the connection is closed.
    pub strikes: u32,
}

impl Rate {
    /// A phone votes a few times a minute; a presenter sends a message per step. Twenty at once, then ten a
    /// second, is far above both and far below a script.
    pub const DEFAULT: Rate = Rate { burst: 20, per_second: 10, strikes: 20 };
}

#[derive(Clone, Debug)]
pub struct Bucket {
    rate: Rate,
    tokens: f64,
    last: Instant,
    dropped: u32,
}

impl Bucket {
    pub fn new(rate: Rate, now: Instant) -> Bucket {
        Bucket { rate, tokens: f64::from(rate.burst), last: now, dropped: 0 }
    }

    pub fn take(&mut self, now: Instant) -> Verdict {
        let elapsed = now.saturating_duration_since(self.last);
        self.last = now;
        let refill = elapsed.as_secs_f64() * f64::from(self.rate.per_second);
        self.tokens = (self.tokens + refill).min(f64::from(self.rate.burst));
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            self.dropped = 0;
            return Verdict::Accept;
        }
        self.dropped += 1;
        if self.dropped >= self.rate.strikes { Verdict::Close } else { Verdict::Drop }
    }
}

/// How long until a bucket of `rate` has one token again after running dry (for tests and docs).
pub fn one_token(rate: Rate) -> Duration {
    Duration::from_secs_f64(1.0 / f64::from(rate.per_second.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_rate_then_the_door() {
        let rate = Rate { burst: 3, per_second: 2, strikes: 2 };
        let t0 = Instant::now();
        let mut b = Bucket::new(rate, t0);
        assert_eq!([b.take(t0), b.take(t0), b.take(t0)], [Verdict::Accept; 3]);
        assert_eq!(b.take(t0), Verdict::Drop);
        // Half a second later one token is back, and accepting resets the strikes.
        let t1 = t0 + one_token(rate);
        assert_eq!(b.take(t1), Verdict::Accept);
        assert_eq!(b.take(t1), Verdict::Drop);
        assert_eq!(b.take(t1), Verdict::Close);
        // A long pause refills only up to the burst.
        let t2 = t1 + Duration::from_secs(60);
        assert_eq!(
            (0..4).map(|_| b.take(t2)).collect::<Vec<_>>(),
            [Verdict::Accept, Verdict::Accept, Verdict::Accept, Verdict::Drop]
        );
    }
}
