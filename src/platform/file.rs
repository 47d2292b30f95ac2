//! Files the learner picks: a picked file read as text. (Saving one goes through [`super::download::save`].)

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
