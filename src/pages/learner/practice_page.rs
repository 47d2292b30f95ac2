//! The practice page (`practice.html`): the built-in quiz with its practice kinds, in self-study or, for
//! `mode=embed`, as the embed. It links both roots; `index.html` and `embed.html` each link one.

use super::{start_embed, start_study};
use crate::interop::launch::Mode;
use crate::platform::location;

/// Mount the practice page: the embed's root for `mode=embed` (which keeps nothing and registers no service
/// worker), else self-study's.
pub fn start_practice() {
    if location::options().mode == Mode::Embed { start_embed() } else { start_study() }
}
