//! Files the learner picks or drops: read as text (progress, or a quiz). (Saving one goes through
//! [`super::download::save`].)

/// The text of a picked file (at most `limit` bytes: anything larger is not ours).
#[cfg(target_arch = "wasm32")]
pub async fn read_text(file: web_sys::File, limit: f64) -> Result<String, &'static str> {
    if file.size() > limit {
        return Err("The file is too large to be RoleCall progress.");
    }
    let text =
        wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| "The file could not be read.")?;
    text.as_string().ok_or("The file could not be read as text.")
}

/// The text of a quiz file picked or dropped; one larger than a quiz may be is refused unread.
#[cfg(target_arch = "wasm32")]
pub async fn read_quiz(file: &web_sys::File) -> Result<String, super::fetch::FetchError> {
    use super::fetch::FetchError;
    let size = file.size();
    if size > crate::engine::load::MAX_BYTES as f64 {
        return Err(FetchError::TooLarge(size as usize));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| FetchError::Unreadable)?;
    text.as_string().ok_or(FetchError::Unreadable)
}
