//! The relay's command line: a handful of flags, read by hand (no argument-parsing crate for eight flags).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

pub const USAGE: &str = "\
rolecall-relay: serves RoleCall's pages and carries students' phone votes to the presenter

usage: rolecall-relay [--dist DIR] [--listen ADDR:PORT] [--origin URL ...] [--redis redis://HOST:PORT]
                      [--max-rooms N] [--max-phones N] [--idle-secs S]

  --dist DIR        the built pages to serve (bash .ci/build.sh --release writes dist/); without it, only /ws
  --listen ADDR     where to listen (default 127.0.0.1:8765; 0.0.0.0:8765 to be reachable from phones)
  --origin URL      a page origin allowed to open the WebSocket, e.g. https://course.example.edu (repeat for
                    more); by default only pages served from the relay's own host
  --redis URL       share rooms with other relays through Redis pub/sub (several relays behind a load balancer)
  --max-rooms N     rooms this relay holds at once (default 200)
  --max-phones N    phones per room (default 300)
  --idle-secs S     a room with no activity for this long is closed (default 1800)
";

/// Everything the relay is told at start.
#[derive(Clone, Debug)]
pub struct Config {
    pub dist: Option<PathBuf>,
    pub listen: SocketAddr,
    pub origins: Vec<String>,
    pub redis: Option<String>,
    pub max_rooms: usize,
    pub max_phones: usize,
    pub idle: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dist: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8765)),
            origins: Vec::new(),
            redis: None,
            max_rooms: 200,
            max_phones: 300,
            idle: Duration::from_secs(1800),
        }
    }
}

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value.parse().map_err(|_| format!("{flag} takes a number, not `{value}`"))
}

impl Config {
    /// The flags after the program's name; `Err` carries what to print (the usage for `--help`).
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Config, String> {
        let mut config = Config::default();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            if flag == "--help" || flag == "-h" {
                return Err(USAGE.to_owned());
            }
            const FLAGS: [&str; 7] =
                ["--dist", "--listen", "--origin", "--redis", "--max-rooms", "--max-phones", "--idle-secs"];
            if !FLAGS.contains(&flag.as_str()) {
                return Err(format!("unknown flag `{flag}`\n\n{USAGE}"));
            }
            let value = args.next().ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))?;
            match flag.as_str() {
                "--dist" => config.dist = Some(PathBuf::from(value)),
                "--listen" => {
                    config.listen =
                        value.parse().map_err(|_| format!("--listen takes ADDR:PORT, not `{value}`"))?;
                }
                "--origin" => config.origins.push(value.trim_end_matches('/').to_owned()),
                "--redis" => config.redis = Some(value),
                "--max-rooms" => config.max_rooms = number(&flag, &value)?,
                "--max-phones" => config.max_phones = number(&flag, &value)?,
                "--idle-secs" => {
                    let secs: f64 = number(&flag, &value)?;
                    config.idle = Duration::try_from_secs_f64(secs)
                        .ok()
                        .filter(|d| !d.is_zero())
                        .ok_or_else(|| format!("--idle-secs takes a positive number, not `{value}`"))?;
                }
                _ => return Err(format!("unknown flag `{flag}`\n\n{USAGE}")),
            }
        }
        if config.max_rooms == 0 || config.max_phones == 0 {
            return Err("--max-rooms and --max-phones must be at least 1".to_owned());
        }
        Ok(config)
    }

    /// Whether a page from `origin` (the WebSocket request's Origin header) may connect, when the relay was
    /// reached as `host` (its Host header). No Origin header: not a browser (a test, the benchmark): allowed,
    /// since the check protects students' browsers from other sites, not the relay from scripts.
    pub fn origin_allowed(&self, origin: Option<&str>, host: Option<&str>) -> bool {
        let Some(origin) = origin else { return true };
        let origin = origin.trim_end_matches('/');
        if self.origins.iter().any(|o| o == origin || o == "*") {
            return true;
        }
        let origin_host = origin.split_once("://").map(|(_, rest)| rest);
        origin_host.is_some() && origin_host == host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, String> {
        Config::parse(args.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn flags_are_read_and_mistakes_named() {
        let c = parse(&[
            "--dist",
            "dist",
            "--listen",
            "0.0.0.0:9000",
            "--origin",
            "https://a.edu/",
            "--idle-secs",
            "0.25",
        ])
        .unwrap();
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(c.origins, ["https://a.edu"]);
        assert_eq!(c.idle, Duration::from_millis(250));
        assert!(parse(&["--listen", "nowhere"]).unwrap_err().contains("ADDR:PORT"));
        assert!(parse(&["--max-rooms", "0"]).is_err());
        assert!(parse(&["--idle-secs", "-1"]).is_err());
        assert!(parse(&["--bogus", "1"]).unwrap_err().contains("unknown flag"));
        assert!(parse(&["--bogus"]).unwrap_err().contains("unknown flag"));
        assert!(parse(&["--dist"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--help"]).unwrap_err().starts_with("rolecall-relay"));
    }

    #[test]
    fn origins_are_the_relays_own_host_or_listed() {
        let mut c = Config::default();
        assert!(c.origin_allowed(Some("http://192.168.1.5:8765"), Some("192.168.1.5:8765")));
        assert!(!c.origin_allowed(Some("https://evil.example"), Some("192.168.1.5:8765")));
        assert!(c.origin_allowed(None, Some("x")));
        assert!(!c.origin_allowed(Some("null"), Some("x")));
        c.origins.push("https://course.example.edu".into());
        assert!(c.origin_allowed(Some("https://course.example.edu"), Some("relay.example.edu")));
    }
}
