//! The editor's two sides: the source (the text box with its line numbers, the template, revert and
//! download buttons, and the problems, each a way to its line) and the preview (the last version that
//! loaded, playable) with the share panel.

use std::rc::Rc;

use yew::prelude::*;

use super::draft::DraftState;
use crate::app::{SessionProvider, use_lang};
use crate::components::{ProblemPanel, SharePanel, SourceField};
use crate::engine::draft::{TEMPLATE, caret_offset, discards_work};
use crate::engine::session::Session;
use crate::engine::share::link_length_advice;
use crate::interop::launch::Mode;
use crate::pages::learner::QuizFlow;
use crate::platform::{download, page};

/// A replacement of the whole text, which may need the author's go-ahead.
#[derive(Clone, Copy, PartialEq)]
enum Replace {
    Template,
    Revert,
}

#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    pub draft: UseReducerHandle<DraftState>,
    /// The text as loaded (what Revert goes back to).
    pub source: Rc<str>,
    /// Whether the draft differs from it.
    pub changed: bool,
}

#[component]
pub fn SourcePane(props: &SourcePaneProps) -> Html {
    let lang = use_lang();
    let t = lang.text().editor();
    let (field, gutter) = (use_node_ref(), use_node_ref());
    let confirming = use_state_eq(|| None::<Replace>);
    let draft = &props.draft;
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |text: String| draft.dispatch(text))
    };
    let on_jump = {
        let (draft, field, gutter) = (draft.clone(), field.clone(), gutter.clone());
        Callback::from(move |(line, column): (u32, u32)| {
            show_position(&field, &gutter, caret_offset(&draft.0.text, line, column), line)
        })
    };
    // Replace the text, asking first when that would lose the author's writing.
    let replace = |what: Replace, confirmed: bool| {
        let (draft, confirming, field, source) =
            (draft.clone(), confirming.clone(), field.clone(), props.source.clone());
        Callback::from(move |_: MouseEvent| {
            if !confirmed && discards_work(&draft.0.text, &[&source, TEMPLATE]) {
                confirming.set(Some(what));
                return;
            }
            confirming.set(None);
            draft.dispatch(if what == Replace::Template { TEMPLATE.to_string() } else { source.to_string() });
            focus(&field);
        })
    };
    let on_keep = {
        let (confirming, field) = (confirming.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(None);
            focus(&field);
        })
    };
    let on_download = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let id = draft.0.last_valid.as_ref().map(|q| q.id.to_string()).unwrap_or_default();
            let _ = download::save(&download::toml_file_name(&id), "application/toml", &draft.0.text);
        })
    };
    let d = &draft.0;
    html! {
        <section class="panel editor-source">
            <SourceField {lang} text={AttrValue::from(d.text.clone())} lines={d.lines} width={d.width}
                marks={d.marks.clone()} {on_input} field_ref={field.clone()} gutter_ref={gutter}>
                <div class="actions editor-actions">
                    <button type="button" class="secondary" onclick={replace(Replace::Template, false)}>{ t.template }</button>
                    if props.changed {
                        <button type="button" class="secondary" onclick={replace(Replace::Revert, false)}>{ t.revert }</button>
                    }
                    <button type="button" class="secondary" onclick={on_download}>{ t.download }</button>
                </div>
                if let Some(what) = *confirming {
                    <div class="confirm editor-confirm" role="group"
                        aria-label={if what == Replace::Template { t.template } else { t.revert }}>
                        <p>{ if what == Replace::Template { t.confirm_template } else { t.confirm_revert } }</p>
                        <div class="actions">
                            <button type="button" class="secondary" onclick={replace(what, true)}>{ t.replace }</button>
                            <button type="button" class="secondary" onclick={on_keep}>{ t.keep }</button>
                        </div>
                    </div>
                }
            </SourceField>
            <ProblemPanel {lang} problems={d.problems.clone()} {on_jump} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PreviewPaneProps {
    pub draft: UseReducerHandle<DraftState>,
    /// The share link, once packed.
    pub link: Option<AttrValue>,
    /// The mode the link opens in, and a change of it.
    pub mode: Mode,
    pub on_mode: Callback<Mode>,
}

#[component]
pub fn PreviewPane(props: &PreviewPaneProps) -> Html {
    let lang = use_lang();
    let t = lang.text().editor();
    let copied = use_state_eq(|| None::<Result<(), AttrValue>>);
    // A new link (or mode) has not been copied yet.
    {
        let copied = copied.clone();
        use_effect_with((props.link.clone(), props.mode), move |_| copied.set(None));
    }
    let on_copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
        Callback::from(move |()| {
            let (link, copied) = (link.clone().unwrap_or_default(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = page::copy(&link).await;
                copied.set(Some(result.map_err(|e| AttrValue::from(e.words(lang.text().embed())))));
            });
        })
    };
    let d = &props.draft.0;
    html! {
        <div class="editor-side">
            <section class="panel editor-preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{ t.preview }</h2>
                if d.last_valid.is_none() {
                    <p class="notice">{ t.preview_none }</p>
                } else if !d.is_valid() {
                    <p class="notice stale-note">{ t.preview_stale }</p>
                }
                if let Some(quiz) = &d.last_valid {
                    <div class="preview-frame">
                        <SessionProvider key={d.revision.to_string()} initial={Session::new(quiz.clone())}>
                            <QuizFlow compact=true shortcuts=false />
                        </SessionProvider>
                    </div>
                }
            </section>
            <SharePanel {lang} link={props.link.clone()} stale={!d.is_valid()}
                advice={link_length_advice(props.link.as_ref().map_or(0, |l| l.chars().count()))}
                mode={props.mode} on_mode={props.on_mode.clone()} {on_copy} copied={(*copied).clone()} />
        </div>
    }
}

/// Put the caret at `offset` (UTF-16 units) in the text box, focus it, and bring `line` into view by its
/// number in the gutter (the box is as tall as its text, so the frame around both is what scrolls).
fn show_position(field: &NodeRef, gutter: &NodeRef, offset: u32, line: u32) {
    if let Some(field) = focus(field) {
        let _ = field.set_selection_range(offset, offset);
    }
    let number = gutter.cast::<web_sys::Element>().and_then(|g| g.children().item(line.saturating_sub(1)));
    if let Some(number) = number {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        number.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Move focus to the text box (when a prompt that had it goes away), and hand it back.
fn focus(field: &NodeRef) -> Option<web_sys::HtmlTextAreaElement> {
    let field = field.cast::<web_sys::HtmlTextAreaElement>()?;
    let _ = field.focus();
    Some(field)
}
