//! The start screen: what the quiz is, how long a session to take, and the way in.

use yew::prelude::*;

use super::{KindsChoice, LengthPicker, feedback_picker};
use crate::engine::deck::Feedback;
use crate::engine::practice::{Kind, LINKED};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub title: AttrValue,
    pub description: AttrValue,
    /// How many scenarios the quiz has in all.
    pub available: usize,
    /// The session lengths offered (each at most `available`), and the one selected.
    pub lengths: Vec<usize>,
    pub length: usize,
    pub on_length: Callback<usize>,
    /// The kinds the quiz offers to practise, each with whether it is chosen (empty: no choice to show, as
    /// for a quiz of scenarios alone), and a kind ticked or unticked.
    #[prop_or_default]
    pub kinds: Vec<(Kind, bool)>,
    #[prop_or_default]
    pub on_kind: Callback<(Kind, bool)>,
    /// Mastery per kind (its name, 0–100), beside the rows' once there is history and practice.
    #[prop_or_default]
    pub kind_mastery: Vec<(AttrValue, u32)>,
    /// On a page without the practice kinds: a link to the practice page per kind (name, address), shown
    /// under "More ways to practise" beside the way in (empty: nothing shown).
    #[prop_or_default]
    pub more_practice: Vec<(AttrValue, AttrValue)>,
    /// When the learner sees the answers (practice, test, self-check), and a change of it.
    #[prop_or_default]
    pub feedback: Feedback,
    #[prop_or_default]
    pub on_feedback: Callback<Feedback>,
    pub on_start: Callback<()>,
    pub on_chart: Callback<()>,
    /// Present the quiz to a class (one scenario at a time on a projector); offered when set.
    #[prop_or_default]
    pub on_present: Option<Callback<()>>,
    /// How many scenarios the learner last answered wrongly (0 hides the review button).
    #[prop_or_default]
    pub missed: usize,
    #[prop_or_default]
    pub on_review: Callback<()>,
    /// Mastery per chart row (row wording, 0–100); empty for a learner with no history.
    #[prop_or_default]
    pub mastery: Vec<(AttrValue, u32)>,
    /// Forget the learner's progress (asked to confirm first).
    #[prop_or_default]
    pub on_reset: Callback<()>,
    /// Save the learner's progress to a file (offered when there is some).
    #[prop_or_default]
    pub on_export: Callback<()>,
    /// A file picked to load progress from.
    #[prop_or_default]
    pub on_import: Callback<web_sys::File>,
    /// What came of the last import, announced politely.
    #[prop_or_default]
    pub transfer_message: Option<AttrValue>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The embed layout: no presenting, and no progress kept across visits to show, reset or move.
    #[prop_or_default]
    pub compact: bool,
    /// Offer "Embed this quiz" (self-study only).
    #[prop_or_default]
    pub on_embed: Option<Callback<()>>,
    /// The language of the quiz's text (title, description, chart rows).
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The start screen for `props`; `confirming` is whether the learner is being asked to confirm a reset. A
/// plain function, not a component: the one piece of state is its caller's (which shows it on the start
/// screen alone, so it starts unasked each time), and the screen's props change on every render anyway
/// (its callbacks are made anew), so a component would never skip one; as a component it cost the learner's
/// wasm 825 B gzip (measured 2026-12-02).
pub fn start_screen(props: &StartScreenProps, confirming: &UseStateHandle<bool>) -> Html {
    let StartScreenProps {
        title,
        description,
        available,
        lengths,
        length,
        on_length,
        kinds,
        on_kind,
        kind_mastery,
        more_practice,
        feedback,
        on_feedback,
        on_start,
        on_chart,
        on_present,
        missed,
        on_review,
        mastery,
        on_reset,
        on_export,
        on_import,
        transfer_message,
        heading_ref,
        compact,
        on_embed,
        content_lang,
        lang,
    } = props;
    let text = lang.text();
    let (t, p) = (&text.start(), &text.progress());
    let on_file = {
        let on_import = on_import.clone();
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_import.emit(file);
            }
            input.set_value(""); // picking the same file again still counts
        }
    };
    let confirming = confirming.clone();
    // A list of mastery bars: the chart's rows (quiz content, in its language), or the kinds (ours).
    let bars = |list: &Vec<(AttrValue, u32)>, lang: Option<AttrValue>| {
        html! {
            <ul>
                { for list.iter().map(|(name, m)| html! {
                    <li key={name.to_string()}>
                        <span class="mastery-row" lang={lang.clone()}>{ name.clone() }</span>
                        <span class="bar" aria-hidden="true"><span style={["width: ", &m.to_string(), "%"].concat()}></span></span>
                        <span class="mastery-value">{ text.common().percent.fill([&m.to_string()]) }</span>
                    </li>
                }) }
            </ul>
        }
    };
    // The Start button acts on its click and cancels the submission that would follow: a frame sandboxed
    // without `allow-forms` (WordPress's) never fires `submit`, and logs an error for each attempt. Enter in
    // the form still clicks the button.
    let onsubmit = |e: SubmitEvent| e.prevent_default();
    html! {
        <form class="panel start-screen" {onsubmit} aria-labelledby="start-heading">
            <h1 id="start-heading" tabindex="-1" ref={heading_ref.clone()} lang={content_lang.clone()}>{ title.clone() }</h1>
            <p class="lead" lang={content_lang.clone()}>{ description.clone() }</p>
            <ol class="how">
                { for t.steps.iter().map(|step| html! { <li>{ *step }</li> }) }
            </ol>
            // Only a page with the practice kinds offers a choice of them (see `LINKED`).
            if LINKED && !kinds.is_empty() {
                <KindsChoice kinds={kinds.clone()} on_kind={on_kind.clone()} lang={*lang} />
            }
            { LengthPicker { name: "length", available: *available, lengths, length: *length,
                cards: kinds.iter().any(|&(k, on)| on && k != Kind::Scenario), on_length, lang: *lang }.view() }
            // An embed keeps the policy its author chose in the snippet.
            if !*compact {
                { feedback_picker(*feedback, on_feedback, *lang) }
            }
            <div class="actions">
                <button type="submit" class="primary" onclick={on_start.reform(|e: MouseEvent| e.prevent_default())}>{ t.start }</button>
                if *missed > 0 {
                    <button type="button" class="secondary" onclick={on_review.reform(|_| ())}>
                        { (t.review)(*missed) }
                    </button>
                }
                <button type="button" class="secondary" onclick={on_chart.reform(|_| ())}>{ text.common().view_chart }</button>
                if let Some(on_present) = on_present.as_ref().filter(|_| !*compact) {
                    <button type="button" class="secondary" onclick={on_present.reform(|_| ())}>{ t.present }</button>
                }
                if let Some(on_embed) = on_embed {
                    <button type="button" class="secondary" onclick={on_embed.reform(|_| ())}>{ text.common().embed }</button>
                }
            </div>
            if !more_practice.is_empty() {
                <nav class="more-practice" aria-labelledby="more-practice-heading">
                    <h2 id="more-practice-heading">{ text.drill().more }</h2>
                    <p>{ text.drill().more_lead }</p>
                    <ul>
                        { for more_practice.iter().map(|(name, href)| html! {
                            <li key={name.to_string()}><a href={href.clone()}>{ name.clone() }</a></li>
                        }) }
                    </ul>
                </nav>
            }
            if !mastery.is_empty() && !*compact {
                <section class="mastery" aria-labelledby="mastery-heading">
                    <h2 id="mastery-heading">{ t.mastery }</h2>
                    { bars(mastery, content_lang.clone()) }
                    if LINKED && !kind_mastery.is_empty() {
                        <h3>{ text.drill().by_kind }</h3>
                        { bars(kind_mastery, None) }
                    }
                    if *confirming {
                        <p class="confirm" role="group" aria-label={t.confirm_reset}>
                            { t.erase_question }{ " " }
                            <button type="button" class="secondary" onclick={{
                                let (confirming, on_reset) = (confirming.clone(), on_reset.clone());
                                move |_| { confirming.set(false); on_reset.emit(()); }
                            }}>{ t.erase }</button>
                            { " " }
                            <button type="button" class="secondary" onclick={{
                                let confirming = confirming.clone();
                                move |_| confirming.set(false)
                            }}>{ t.keep }</button>
                        </p>
                    } else {
                        <button type="button" class="link" onclick={{
                            let confirming = confirming.clone();
                            move |_| confirming.set(true)
                        }}>{ t.reset }</button>
                    }
                </section>
            }
            if !*compact {
            <section class="transfer" aria-labelledby="transfer-heading">
                <h2 id="transfer-heading">{ p.heading }</h2>
                <div class="actions">
                    if !mastery.is_empty() {
                        <button type="button" class="secondary" onclick={on_export.reform(|_| ())}>
                            { p.save }
                        </button>
                    }
                    <label class="file-pick">
                        { p.load }
                        <input type="file" accept=".json,.txt,application/json,text/plain" onchange={on_file} />
                    </label>
                </div>
                <p class="transfer-message" role="status">
                    if let Some(m) = transfer_message { { m.clone() } }
                </p>
            </section>
            }
        </form>
    }
}
