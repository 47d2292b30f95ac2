//! The editor's share panel: the link that carries the whole quiz, the mode it opens in, a Copy button, the
//! link's length and where a link that long can go. When copying fails, the link is selected so that the
//! keyboard shortcut copies it (the failure's message says so).

use yew::prelude::*;

use crate::engine::share::LinkLength;
use crate::i18n::Lang;
use crate::interop::launch::Mode;

/// The modes a share link can open in, in the order the panel offers them.
const MODES: [Mode; 3] = [Mode::Study, Mode::Present, Mode::Embed];

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    /// The link, `None` while no version of the text has loaded.
    pub link: Option<AttrValue>,
    /// The link carries an earlier version than the text on show (which does not load).
    #[prop_or_default]
    pub stale: bool,
    /// Where a link this long works.
    pub advice: LinkLength,
    pub mode: Mode,
    pub on_mode: Callback<Mode>,
    pub on_copy: Callback<()>,
    /// What came of the last copy: done, or why not.
    #[prop_or_default]
    pub copied: Option<Result<(), AttrValue>>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = &props.lang.text().editor();
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with(props.copied.clone(), move |copied| {
            if let (Some(Err(_)), Some(field)) = (copied, field.cast::<web_sys::HtmlInputElement>()) {
                let _ = field.focus();
                field.select();
            }
        });
    }
    let Some(link) = &props.link else {
        return html! {
            <section class="panel share-panel" aria-labelledby="share-heading">
                <h2 id="share-heading">{ t.share }</h2>
                <p class="notice">{ t.share_none }</p>
            </section>
        };
    };
    let (advice_class, advice) = match props.advice {
        LinkLength::Fine => ("is-fine", t.share_fine),
        LinkLength::Long => ("is-long", t.share_long),
        LinkLength::TooLong => ("is-too-long", t.share_too_long),
    };
    let status = match &props.copied {
        Some(Ok(())) => AttrValue::from(t.copied),
        Some(Err(why)) => why.clone(),
        None => AttrValue::default(),
    };
    html! {
        <section class="panel share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t.share }</h2>
            <p class="hint">{ t.share_hint }</p>
            if props.stale {
                <p class="notice stale-note">{ t.share_stale }</p>
            }
            <fieldset class="choice-group share-modes">
                <legend>{ t.share_for }</legend>
                <div class="choices">
                    { for MODES.iter().zip(t.share_modes).map(|(&mode, label)| html! {
                        <label class={classes!("choice", (mode == props.mode).then_some("is-selected"))}>
                            <input type="radio" name="share-mode" checked={mode == props.mode}
                                onchange={props.on_mode.reform(move |_| mode)} />
                            <span>{ label }</span>
                        </label>
                    }) }
                </div>
            </fieldset>
            <label class="share-label" for="share-link">{ t.share_link }</label>
            <div class="copy-row">
                <input id="share-link" class="share-link" type="text" readonly=true ref={field} value={link.clone()}
                    spellcheck="false" aria-describedby="share-length share-advice" />
                <button type="button" class="secondary" onclick={props.on_copy.reform(|_| ())}>{ t.copy }</button>
            </div>
            <p class="copy-status" role="status">{ status }</p>
            <p id="share-length" class="share-length">{ (t.share_length)(link.chars().count()) }</p>
            <p id="share-advice" class={classes!("share-advice", advice_class)}>
                if props.advice != LinkLength::Fine {
                    <span class="symbol" aria-hidden="true">{ "⚠\u{FE0E} " }</span>
                }
                { advice }
            </p>
        </section>
    }
}
