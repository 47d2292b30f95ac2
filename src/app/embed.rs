//! Effects of embed mode, as hooks: the frame's height follows its content, and each answer and the finished
//! session are sent to the host page. The messages and the rules for where they may go are in
//! `interop::messages`, the posting in `platform::embed`; these hooks only decide when.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::SessionContext;
use crate::engine::deck::Phase;
use crate::interop::messages;
use crate::platform::embed;

/// While `enabled`, report the height of `content` to the parent window whenever it changes, and again
/// when the parent asks (RoleCall's host script adopting the frame, WordPress's `ready`). Outside a frame
/// this does nothing.
#[hook]
pub fn use_frame_height(content: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let watchers = enabled.then(|| {
            let last = Rc::new(Cell::new(0u32));
            let observer = content.cast::<web_sys::Element>().and_then(|el| {
                let last = last.clone();
                embed::observe_height(&el, move |px| {
                    if px != last.replace(px) {
                        // A parent that refuses messages changes nothing for the learner: the frame keeps
                        // its own height and scrolls.
                        let _ = embed::post_height(px);
                    }
                })
                .ok()
            });
            let listener = embed::listen(move |_request| {
                if last.get() > 0 {
                    let _ = embed::post_height(last.get());
                }
            })
            .ok();
            (observer, listener)
        });
        move || drop(watchers)
    });
}

/// Send an "answered" message after each answer and a "completed" message when the session finishes.
/// `pass` is the share of points, in percent, that counts as a pass.
#[hook]
pub fn use_results_out(session: SessionContext, pass: u8) {
    let state = &session.0;
    let key = (state.answers().len(), matches!(state.phase(), Phase::Finished));
    use_effect_with(key, move |&(answered, finished)| {
        if answered == 0 {
            return;
        }
        let state = &session.0;
        let page = embed::page();
        let at = embed::timestamp(state.answers().last().map_or(0, |a| a.at));
        let message = if finished {
            Some(messages::completed(&page, state.quiz(), state.answers(), pass, at))
        } else {
            messages::answered(&page, state.quiz(), state.answers(), state.deck().len(), at)
        };
        if let Some(message) = message {
            // Not framed, or the parent's origin is unknown: results stay in the page (never sent to "*").
            let _ = embed::post_results(&message);
        }
    });
}
