//! Key–value storage that never breaks the quiz.
//!
//! Storage can be blocked (a sandboxed or third-party iframe, some private modes: reading `localStorage`
//! throws), full (a write throws a quota error) or hold garbage (another version, a hand edit). The quiz must
//! run in every case: [`Store`] opens `localStorage` through `window.local_storage()`, which returns a
//! `Result` instead of throwing, falls back to memory, and keeps in memory any value it could not write, so a
//! full disk loses nothing for the rest of the visit. Callers learn what happened from [`Store::status`] and
//! say it once, quietly, in the interface's language ([`StorageError::words`]).

use crate::i18n::StorageText;

/// The prefix of every key RoleCall writes: the app's name and the storage format's version.
pub const PREFIX: &str = "rolecall.v1";

/// `rolecall.v1.<kind>.<quiz-id>`: one record per kind of data per quiz.
pub fn key(kind: &str, quiz_id: &str) -> String {
    format!("{PREFIX}.{kind}.{quiz_id}")
}

/// Where a record that could not be read is set aside (never overwritten, never deleted by us).
pub fn set_aside_key(key: &str, now: u64) -> String {
    format!("{key}.unreadable.{now}")
}

/// Why storage is not keeping things across visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not allow this page to store anything (sandbox, privacy settings).
    Blocked,
    /// The browser refused a write, usually because storage is full.
    Full,
}

impl StorageError {
    /// What it means for the learner.
    pub fn words(self, t: &StorageText) -> &'static str {
        match self {
            StorageError::Blocked => t.blocked,
            StorageError::Full => t.full,
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{Store, hand_over, tab_get, tab_set, take_over};

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use super::StorageError;

    /// Browser storage with a memory fallback. Cloning is cheap and clones share state.
    #[derive(Clone)]
    pub struct Store {
        inner: Rc<Inner>,
    }

    struct Inner {
        local: Option<web_sys::Storage>,
        /// Values that live only in memory: everything when storage is blocked, failed writes otherwise.
        memory: RefCell<Vec<(String, String)>>,
        status: Cell<Option<StorageError>>,
    }

    impl PartialEq for Store {
        fn eq(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.inner, &other.inner)
        }
    }

    impl Store {
        /// `localStorage` if this page may use it (already full: kept for reading, new values in memory), else
        /// memory. Never throws.
        pub fn open() -> Store {
            let Some(local) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
                return Store::memory();
            };
            // Some browsers hand out a storage object that throws on every write: probe once.
            let probe = format!("{}.probe", super::PREFIX);
            let writes = local.set_item(&probe, "1").is_ok();
            let _ = local.remove_item(&probe);
            match (writes, local.length().unwrap_or(0)) {
                (true, _) => Store::with(Some(local), None),
                // A storage already full refuses the probe too, but it holds what earlier visits saved: keep
                // reading it, and keep new values in memory.
                (false, 1..) => Store::with(Some(local), Some(StorageError::Full)),
                (false, 0) => Store::memory(),
            }
        }

        /// A store that keeps everything in memory (what a blocked browser gets; also for tests).
        pub fn memory() -> Store {
            Store::with(None, Some(StorageError::Blocked))
        }

        fn with(local: Option<web_sys::Storage>, status: Option<StorageError>) -> Store {
            Store { inner: Rc::new(Inner { local, memory: RefCell::default(), status: Cell::new(status) }) }
        }

        /// `None` once everything is persisted; otherwise why some of it is not.
        pub fn status(&self) -> Option<StorageError> {
            self.inner.status.get()
        }

        /// Whether values survive closing the page.
        pub fn persistent(&self) -> bool {
            self.status().is_none()
        }

        pub fn get(&self, key: &str) -> Option<String> {
            let memory = self.inner.memory.borrow();
            if let Some((_, v)) = memory.iter().find(|(k, _)| k == key) {
                return Some(v.clone());
            }
            self.inner.local.as_ref().and_then(|s| s.get_item(key).ok().flatten())
        }

        /// Store a value. On failure the value is kept in memory for this visit and the error says why.
        pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
            let written = self.inner.local.as_ref().is_some_and(|s| s.set_item(key, value).is_ok());
            let mut memory = self.inner.memory.borrow_mut();
            memory.retain(|(k, _)| k != key);
            if written {
                return Ok(());
            }
            memory.push((key.to_string(), value.to_string()));
            let error = if self.inner.local.is_some() { StorageError::Full } else { StorageError::Blocked };
            self.inner.status.set(Some(error));
            Err(error)
        }

        pub fn remove(&self, key: &str) {
            self.inner.memory.borrow_mut().retain(|(k, _)| k != key);
            if let Some(s) = &self.inner.local {
                let _ = s.remove_item(key);
            }
        }
    }

    fn session_storage() -> Result<web_sys::Storage, StorageError> {
        web_sys::window().and_then(|w| w.session_storage().ok().flatten()).ok_or(StorageError::Blocked)
    }

    /// Hand `value` to the next page this tab opens: `sessionStorage` lives as long as the tab and is not
    /// shared with other tabs. Fails where the browser blocks storage or it is full.
    pub fn hand_over(key: &str, value: &str) -> Result<(), StorageError> {
        session_storage()?.set_item(key, value).map_err(|_| StorageError::Full)
    }

    /// A value this tab keeps for itself (the phone page's device token and votes): `sessionStorage`, so a
    /// reload keeps it and another tab, or the next visit, does not.
    pub fn tab_get(key: &str) -> Option<String> {
        session_storage().ok()?.get_item(key).ok().flatten()
    }

    /// Keep a value for this tab (see [`tab_get`]); fails where storage is blocked or full.
    pub fn tab_set(key: &str, value: &str) -> Result<(), StorageError> {
        session_storage()?.set_item(key, value).map_err(|_| StorageError::Full)
    }

    /// Take what the page before handed over, once: it is removed as it is read.
    pub fn take_over(key: &str) -> Option<String> {
        let storage = session_storage().ok()?;
        let value = storage.get_item(key).ok().flatten()?;
        let _ = storage.remove_item(key);
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_carry_the_format_version_and_the_quiz() {
        assert_eq!(key("progress", "cm-vs-smm"), "rolecall.v1.progress.cm-vs-smm");
        assert_eq!(set_aside_key("rolecall.v1.progress.q", 42), "rolecall.v1.progress.q.unreadable.42");
    }

    #[test]
    fn errors_say_what_it_means_for_the_learner() {
        let t = &crate::i18n::Lang::En.text().storage();
        assert!(StorageError::Blocked.words(t).contains("until you close it"));
        assert!(StorageError::Full.words(t).contains("full"));
    }
}
