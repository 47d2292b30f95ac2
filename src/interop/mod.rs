//! What crosses between RoleCall and the world outside the engine, as pure Rust tested on the host: the
//! launch options an address carries, the messages to and from a host page and their xAPI statements, the
//! embed snippets, where a quiz comes from and what to say when it cannot be used, and what a key press
//! means. `platform/` moves these through the browser; nothing here touches a browser API.

pub mod keys;
pub mod launch;
pub mod messages;
pub mod relay;
pub mod snippets;
pub mod source;
pub mod xapi;
