//! Embed: the quiz flow in a compact layout for another site's iframe, with no page chrome, sending each
//! answer and the finished session to the host page. (The frame's height is reported by the page's root,
//! so that loading and error screens fit too.)

use yew::prelude::*;

use super::QuizFlow;
use crate::app::{use_launch_options, use_results_out, use_session};

#[component]
pub fn Embed() -> Html {
    let session = use_session();
    let options = use_launch_options();
    use_results_out(session, options.pass_mark());
    html! { <QuizFlow compact=true /> }
}
