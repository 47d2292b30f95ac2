//! The editor (`mode=edit`): an author writes a quiz as text, beside a live preview that plays it as learners
//! will. The text is checked on every change (measured in the release build: about 2 ms for the 47-scenario
//! bank, a small part of what a key press costs a 1,150-line text box anyway); its problems are listed with
//! their line and column and marked in the gutter, and while the text does not load the preview keeps
//! playing its last version that did. Once typing pauses, the count of problems is announced (not on every
//! key) and the share link follows the text. The draft is kept in the browser's storage, so a reload loses
//! nothing.

use std::rc::Rc;

use yew::prelude::*;

use super::QuizFlow;
use crate::app::{SessionProvider, use_lang};
use crate::components::{ProblemPanel, SharePanel, SourceField};
use crate::engine::draft::{Draft, TEMPLATE, as_field_text, caret_offset, discards_work};
use crate::engine::session::Session;
use crate::engine::share::link_length_advice;
use crate::platform::launch::{self, Mode};
use crate::platform::storage::{self, Store};
use crate::platform::{clock, download, embed, page};

/// How long typing must pause before the number of problems is announced and the share link follows the text.
const PAUSE_MS: i32 = 700;

/// The draft as Yew state: each change of text is checked against the draft before it (for the last valid
/// quiz), so changes that arrive between two renders never read a stale draft.
struct DraftState(Draft);

impl Reducible for DraftState {
    type Action = String;

    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        if *self.0.text == *text { self } else { Rc::new(DraftState(self.0.edit(&text))) }
    }
}

/// A replacement of the whole text, which may need the author's go-ahead.
#[derive(Clone, Copy, PartialEq)]
enum Replace {
    Template,
    Revert,
}

#[derive(Properties, PartialEq)]
pub struct EditorModeProps {
    /// The quiz file the editor was opened on (the built-in bank's name, or the `quiz=` address): its draft
    /// is kept under this name.
    pub file: AttrValue,
    /// That file's text, as it was loaded.
    pub source: Rc<str>,
    /// Where the draft is kept; `None` keeps nothing.
    #[prop_or_default]
    pub store: Option<Store>,
}

#[component]
pub fn EditorMode(props: &EditorModeProps) -> Html {
    let lang = use_lang();
    let t = &lang.text().editor;
    let key = storage::key("draft", &props.file);
    // The text as the text box will hold it, so that comparing the two says whether anything was changed.
    let source: Rc<str> = (*use_memo(props.source.clone(), |s| Rc::<str>::from(as_field_text(s)))).clone();
    let saved = {
        let (store, key, source) = (props.store.clone(), key.clone(), source.clone());
        use_memo((), move |()| store.and_then(|s| s.get(&key)).filter(|d| **d != *source))
    };
    let draft = {
        let initial = saved.as_deref().unwrap_or(&source).to_string();
        use_reducer(move || DraftState(Draft::new(&initial)))
    };
    let field = use_node_ref();
    let gutter = use_node_ref();
    let announced = use_state(String::new);
    let pending = use_mut_ref(|| None::<clock::Timeout>);
    let confirming = use_state(|| None::<Replace>);
    let not_kept = use_state_eq(|| props.store.as_ref().is_none_or(|s| !s.persistent()));
    let share_mode = use_state_eq(|| Mode::Study);
    let copied = use_state_eq(|| None::<Result<(), AttrValue>>);
    // The text the share link carries: the last version that loaded, as of the last pause in typing (packing
    // the bank into a link takes longer than checking it, too long for every key press).
    let shared = {
        let text = draft.0.last_valid_text.clone();
        use_state_eq(move || text)
    };
    let link = use_memo(((*shared).clone(), *share_mode), |(text, mode)| {
        // The page's bare address: the author's own options (language, length) are not the learners'.
        text.as_ref().map(|text| AttrValue::from(launch::share_link(&embed::page(), text, *mode)))
    });

    // Keep the draft (or forget it once it is the loaded text again); once typing pauses, announce the
    // problems and update the share link. Not on the first render: a page that talks as it opens is noise.
    {
        let (store, source, not_kept) = (props.store.clone(), source.clone(), not_kept.clone());
        let (announced, pending, first) = (announced.clone(), pending.clone(), use_mut_ref(|| true));
        let (shared, to_share) = (shared.clone(), draft.0.last_valid_text.clone());
        let words = match draft.0.problems.len() {
            0 => t.none.to_string(),
            n => (t.problems)(n),
        };
        use_effect_with(draft.0.text.clone(), move |text| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(store) = store {
                if **text == *source {
                    store.remove(&key);
                } else if store.set(&key, text).is_err() {
                    not_kept.set(true);
                }
            }
            *pending.borrow_mut() = clock::Timeout::new(PAUSE_MS, move || {
                announced.set(words);
                shared.set(to_share);
            });
        });
    }

    let on_input = {
        let (draft, copied) = (draft.clone(), copied.clone());
        Callback::from(move |text: String| {
            copied.set(None);
            draft.dispatch(text);
        })
    };
    let on_mode = {
        let (share_mode, copied) = (share_mode.clone(), copied.clone());
        Callback::from(move |mode| {
            copied.set(None);
            share_mode.set(mode);
        })
    };
    let on_copy = {
        let (link, copied) = ((*link).clone(), copied.clone());
        Callback::from(move |()| {
            let (link, copied) = (link.clone().unwrap_or_default(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = page::copy(&link).await;
                copied.set(Some(result.map_err(|e| AttrValue::from(e.words(&lang.text().embed)))));
            });
        })
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
            (draft.clone(), confirming.clone(), field.clone(), source.clone());
        Callback::from(move |_: MouseEvent| {
            let text = match what {
                Replace::Template => TEMPLATE.to_string(),
                Replace::Revert => source.to_string(),
            };
            if !confirmed && discards_work(&draft.0.text, &[&source, TEMPLATE]) {
                confirming.set(Some(what));
                return;
            }
            confirming.set(None);
            draft.dispatch(text);
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
    let changed = *d.text != *source;
    let preview = match &d.last_valid {
        Some(quiz) => html! {
            <div class="preview-frame">
                <SessionProvider key={d.revision.to_string()} initial={Session::new(quiz.clone())}>
                    <QuizFlow compact=true shortcuts=false />
                </SessionProvider>
            </div>
        },
        None => Html::default(),
    };
    let back = launch::link_in_mode(Mode::Study).unwrap_or_else(|| "./".into());
    html! {
        <div class="editor">
            <header class="editor-head">
                <h1>{ t.heading }</h1>
                <p class="lead">{ t.intro }</p>
                <p><a href={back}>{ t.back }</a></p>
            </header>
            if saved.is_some() && changed {
                <p class="notice" role="status">{ t.restored }</p>
            }
            if *not_kept {
                <p class="notice">{ t.not_kept }</p>
            }
            <div class="editor-panes">
                <section class="panel editor-source">
                    <SourceField lang={lang} text={AttrValue::from(d.text.clone())} lines={d.lines} width={d.width}
                        marks={d.marks.clone()} {on_input} field_ref={field.clone()} gutter_ref={gutter}>
                        <div class="actions editor-actions">
                            <button type="button" class="secondary" onclick={replace(Replace::Template, false)}>
                                { t.template }
                            </button>
                            if changed {
                                <button type="button" class="secondary" onclick={replace(Replace::Revert, false)}>
                                    { t.revert }
                                </button>
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
                    <ProblemPanel lang={lang} problems={d.problems.clone()} {on_jump} />
                </section>
                <div class="editor-side">
                <section class="panel editor-preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{ t.preview }</h2>
                    if d.last_valid.is_none() {
                        <p class="notice">{ t.preview_none }</p>
                    } else if !d.is_valid() {
                        <p class="notice stale-note">{ t.preview_stale }</p>
                    }
                    { preview }
                </section>
                <SharePanel lang={lang} link={(*link).clone()} stale={!d.is_valid()}
                    advice={link_length_advice(link.as_ref().as_ref().map_or(0, |l| l.chars().count()))}
                    mode={*share_mode} {on_mode} {on_copy} copied={(*copied).clone()} />
                </div>
            </div>
            <p class="visually-hidden editor-announce" role="status">{ (*announced).clone() }</p>
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
