//! Fetching a quiz file named by the `quiz=` option. The pure half tells the failures apart as far as the
//! browser lets it and words each for a person who can act on it; the web half does the request.
//!
//! A browser reports a network failure and a CORS refusal the same way (a `TypeError`, on purpose: a page
//! must not learn which sites answer), so the most it can say is which one is likely: offline, no answer
//! from the page's own server, or no answer *or* no permission from another site.

use crate::engine::load::MAX_BYTES;
use crate::i18n::LoadText;

/// Why a quiz file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The browser says it is offline.
    Offline,
    /// No response from the page's own server: a wrong address, or the server is down.
    NoAnswer,
    /// No response readable from another site (its origin): a wrong address, the site is down, or it does
    /// not allow other sites to read the file (CORS). The browser does not say which.
    CrossOrigin(String),
    /// The server answered with an error status.
    Status(u16),
    /// The response was this many bytes, too large to be a quiz.
    TooLarge(usize),
    /// The response body could not be read as text.
    Unreadable,
}

impl FetchError {
    /// What went wrong, in `t`'s language.
    pub fn describe(&self, t: &LoadText) -> String {
        match self {
            FetchError::Offline => t.offline.to_string(),
            FetchError::NoAnswer => t.no_answer.to_string(),
            FetchError::CrossOrigin(origin) => t.cross_origin.fill([origin]),
            FetchError::Status(404 | 410) => t.not_found.to_string(),
            FetchError::Status(code @ (401 | 403)) => t.refused.fill([&code.to_string()]),
            FetchError::Status(code) => t.status.fill([&code.to_string()]),
            FetchError::TooLarge(n) => {
                t.too_large.fill([&n.div_ceil(1024).to_string(), &(MAX_BYTES / 1024).to_string()])
            }
            FetchError::Unreadable => t.unreadable.to_string(),
        }
    }
}

/// Classify an HTTP status: `Ok` for success.
pub fn check_status(status: u16) -> Result<(), FetchError> {
    if (200..300).contains(&status) { Ok(()) } else { Err(FetchError::Status(status)) }
}

/// The error for a request that got no response: `online` as the browser reports it; `target` the origin of
/// the file's address and `page` the page's own.
pub fn no_response(online: bool, target: Option<&str>, page: &str) -> FetchError {
    match target {
        _ if !online => FetchError::Offline,
        Some(origin) if origin != page => FetchError::CrossOrigin(origin.to_string()),
        _ => FetchError::NoAnswer,
    }
}

/// Fetch `url` (relative to the page) as text.
#[cfg(target_arch = "wasm32")]
pub async fn text(url: &str) -> Result<String, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window().ok_or(FetchError::NoAnswer)?;
    let failed = || {
        let location = window.location();
        let page = location.origin().unwrap_or_default();
        let target = location
            .href()
            .ok()
            .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
            .map(|u| u.origin());
        no_response(window.navigator().on_line(), target.as_deref(), &page)
    };
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    check_status(response.status())?;
    let body = response.text().map_err(|_| FetchError::Unreadable)?;
    let body = JsFuture::from(body).await.map_err(|_| FetchError::Unreadable)?;
    let body = body.as_string().ok_or(FetchError::Unreadable)?;
    if body.len() > MAX_BYTES {
        return Err(FetchError::TooLarge(body.len()));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn statuses_are_classified_and_explained() {
        let t = &Lang::En.text().load;
        assert_eq!(check_status(200), Ok(()));
        assert_eq!(check_status(204), Ok(()));
        assert_eq!(check_status(404), Err(FetchError::Status(404)));
        assert!(FetchError::Status(404).describe(t).contains("no file"));
        assert!(FetchError::Status(403).describe(t).contains("refused"));
        assert!(FetchError::Status(403).describe(t).contains("403"));
        assert!(FetchError::Status(500).describe(t).contains("500"));
        assert!(FetchError::TooLarge(2 << 20).describe(t).contains("2048 KiB"));
        assert!(FetchError::TooLarge(2 << 20).describe(t).contains("(1024 KiB)"));
    }

    #[test]
    fn no_response_is_told_apart_as_far_as_the_browser_allows() {
        let page = "https://quiz.example";
        assert_eq!(no_response(false, Some("https://other.example"), page), FetchError::Offline);
        assert_eq!(no_response(true, Some(page), page), FetchError::NoAnswer);
        assert_eq!(no_response(true, None, page), FetchError::NoAnswer);
        let other = no_response(true, Some("https://other.example"), page);
        assert_eq!(other, FetchError::CrossOrigin("https://other.example".into()));
        let t = &Lang::En.text().load;
        assert!(other.describe(t).contains("https://other.example"));
        assert!(other.describe(t).contains("Access-Control-Allow-Origin"));
        assert!(Lang::Es.text().load.offline.contains("sin conexión"));
    }
}
