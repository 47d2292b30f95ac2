//! Files the learner picks: a picked file read as text. (Saving one goes through [`super::download::save`].)

use crate::i18n::ProgressText;

/// Why a picked file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limit given.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
    /// It is not text.
    NotText,
}

impl ReadError {
    /// Why, for a learner loading progress.
    pub fn words(self, t: &ProgressText) -> &'static str {
        match self {
            ReadError::TooLarge => t.too_large,
            ReadError::Unreadable => t.unreadable,
            ReadError::NotText => t.not_text,
        }
    }
}

/// The text of a picked file (at most `limit` bytes: anything larger is not ours).
#[cfg(target_arch = "wasm32")]
pub async fn read_text(file: web_sys::File, limit: f64) -> Result<String, ReadError> {
    if file.size() > limit {
        return Err(ReadError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::NotText)
}
