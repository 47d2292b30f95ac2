//! The shapes of the three secrets-ish strings: the join code people type, the presenter's room secret, and
//! the phone's device token. The relay draws codes and secrets from its own randomness; these functions only
//! map random bytes onto the alphabets and check what arrives, so they stay pure and host-tested.

/// Join codes use capitals and digits without the ones people confuse (0/O, 1/I/L): 31 symbols.
pub const JOIN_CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Six symbols: 31^6 ≈ 887 million codes, so guessing a live room is hopeless at the relay's join rate.
pub const JOIN_CODE_LEN: usize = 6;

/// Secrets and tokens are URL-safe base64 symbols (what `crypto.getRandomValues` + base64url gives).
pub const TOKEN_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/// The room secret: 32 symbols, 192 bits.
pub const SECRET_LEN: usize = 32;
/// A phone's device token: at least 16 symbols (96 bits), at most 64.
pub const TOKEN_MIN_LEN: usize = 16;
pub const TOKEN_MAX_LEN: usize = 64;

/// A join code from random bytes (one byte per symbol; the tiny modulo bias does not matter for a code that
/// only has to be hard to guess within a room's lifetime, and the secret guards the room).
pub fn join_code_from(random: [u8; JOIN_CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(JOIN_CODE_ALPHABET[usize::from(*b) % JOIN_CODE_ALPHABET.len()]))
        .collect()
}

/// A room secret from random bytes (64 symbols: no bias).
pub fn secret_from(random: [u8; SECRET_LEN]) -> String {
    random.iter().map(|b| char::from(TOKEN_ALPHABET[usize::from(*b) % TOKEN_ALPHABET.len()])).collect()
}

/// The code as typed (any case, spaces or dashes between groups) in its canonical form, or `None` if it cannot
/// be a join code.
pub fn normalize_join_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .map(|c| c.to_ascii_uppercase())
        .take(JOIN_CODE_LEN + 1)
        .collect();
    valid_join_code(&code).then_some(code)
}

/// Exactly [`JOIN_CODE_LEN`] symbols of [`JOIN_CODE_ALPHABET`] (canonical form: capitals).
pub fn valid_join_code(code: &str) -> bool {
    code.len() == JOIN_CODE_LEN && code.bytes().all(|b| JOIN_CODE_ALPHABET.contains(&b))
}

/// Exactly [`SECRET_LEN`] symbols of [`TOKEN_ALPHABET`].
pub fn valid_secret(secret: &str) -> bool {
    secret.len() == SECRET_LEN && secret.bytes().all(|b| TOKEN_ALPHABET.contains(&b))
}

/// [`TOKEN_MIN_LEN`]..=[`TOKEN_MAX_LEN`] symbols of [`TOKEN_ALPHABET`].
pub fn valid_token(token: &str) -> bool {
    (TOKEN_MIN_LEN..=TOKEN_MAX_LEN).contains(&token.len())
        && token.bytes().all(|b| TOKEN_ALPHABET.contains(&b))
}

/// A quiz id (edition, scenario, option) as the quiz loader accepts it: 1 to [`crate::MAX_ID_LEN`] letters,
/// digits, `-` and `_`.
pub fn valid_id(id: &str) -> bool {
    (1..=crate::MAX_ID_LEN).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
