//! Fetching a quiz file named by the `quiz=` option. The pure half turns what happened into a message a
//! person can act on; the web half does the request.

use std::fmt;

/// Why a quiz file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No response at all: offline, a wrong host, or a server that does not allow cross-origin reads (CORS).
    Network,
    /// The server answered with an error status.
    Status(u16),
    /// The response was too large to be a quiz.
    TooLarge(usize),
    /// The response body could not be read as text.
    Unreadable,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network => write!(
                f,
                "no response: the address may be wrong, the network may be down, or the server does not allow \
                 other sites to read the file (CORS)"
            ),
            FetchError::Status(404) => {
                write!(f, "the server has no file at this address (404 Not Found)")
            }
            FetchError::Status(403 | 401) => {
                write!(f, "the server refused to share this file ({})", status_code(self))
            }
            FetchError::Status(code) => write!(f, "the server answered with an error ({code})"),
            FetchError::TooLarge(n) => write!(
                f,
                "the file is {} KiB, larger than a quiz can be ({} KiB)",
                n / 1024,
                crate::engine::load::MAX_BYTES / 1024
            ),
            FetchError::Unreadable => write!(f, "the file could not be read as text"),
        }
    }
}

fn status_code(e: &FetchError) -> u16 {
    match e {
        FetchError::Status(c) => *c,
        _ => 0,
    }
}

/// Classify an HTTP status: `Ok` for success.
pub fn check_status(status: u16) -> Result<(), FetchError> {
    if (200..300).contains(&status) { Ok(()) } else { Err(FetchError::Status(status)) }
}

/// Fetch `url` (relative to the page) as text.
#[cfg(target_arch = "wasm32")]
pub async fn text(url: &str) -> Result<String, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    check_status(response.status())?;
    let body = response.text().map_err(|_| FetchError::Unreadable)?;
    let body = JsFuture::from(body).await.map_err(|_| FetchError::Unreadable)?;
    let body = body.as_string().ok_or(FetchError::Unreadable)?;
    if body.len() > crate::engine::load::MAX_BYTES {
        return Err(FetchError::TooLarge(body.len()));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified_and_explained() {
        assert_eq!(check_status(200), Ok(()));
        assert_eq!(check_status(204), Ok(()));
        assert_eq!(check_status(404), Err(FetchError::Status(404)));
        assert!(FetchError::Status(404).to_string().contains("no file"));
        assert!(FetchError::Status(403).to_string().contains("403"));
        assert!(FetchError::Status(500).to_string().contains("500"));
        assert!(FetchError::Network.to_string().contains("CORS"));
        assert!(FetchError::TooLarge(2 << 20).to_string().contains("2048 KiB"));
    }
}
