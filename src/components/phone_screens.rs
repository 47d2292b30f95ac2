//! The phone page's screens: the join form, the question with a big button per option (letters as on the
//! projector, the phone's vote pressed and said in words), and the answer with why. Texts of the quiz come
//! from the presenter through the relay and are only ever rendered as text, in their own language.

use rolecall_protocol::{Answer, Part, Question};
use yew::prelude::*;

use super::sentence;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct JoinFormProps {
    /// What the field starts with (a code that was refused, to correct).
    #[prop_or_default]
    pub code: AttrValue,
    /// Why the last code could not be used.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The code as typed.
    pub on_join: Callback<String>,
    #[prop_or_default]
    pub lang: Lang,
}

/// Join by code: one labelled field and a button.
#[component]
pub fn JoinForm(props: &JoinFormProps) -> Html {
    let t = props.lang.text().phone();
    let input = use_node_ref();
    let onsubmit = {
        let (input, on_join) = (input.clone(), props.on_join.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                on_join.emit(field.value());
            }
        })
    };
    let described = if props.error.is_some() { "join-code-hint join-code-error" } else { "join-code-hint" };
    html! {
        <form class="panel phone-join" {onsubmit} aria-labelledby="phone-heading">
            <h1 id="phone-heading">{ t.title }</h1>
            <p>{ t.lead }</p>
            <p class="field">
                <label for="join-code">{ t.code_label }</label>
                <span id="join-code-hint" class="hint">{ t.code_hint }</span>
                <input id="join-code" ref={input} name="code" type="text" inputmode="text" autocomplete="off"
                    autocapitalize="characters" spellcheck="false" maxlength="20" value={props.code.clone()}
                    aria-describedby={described} aria-invalid={props.error.is_some().then_some("true")} />
            </p>
            if let Some(error) = &props.error {
                <p id="join-code-error" class="phone-error" role="alert">{ error.clone() }</p>
            }
            <button type="submit" class="primary">{ t.join }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct PhoneQuestionProps {
    pub question: Question,
    /// The phone's vote (an option id), if any.
    #[prop_or_default]
    pub vote: Option<AttrValue>,
    pub on_choose: Callback<String>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The option `id` of `question` as the projector calls it: "B · Community Manager" (or just "B").
fn named(question: &Question, id: &str) -> Option<String> {
    let o = question.options.iter().find(|o| o.id == id)?;
    Some(match &o.label {
        Some(label) => format!("{} · {label}", o.letter),
        None => o.letter.clone(),
    })
}

/// The question being asked: its prompt, a big button per option, and the phone's vote.
#[component]
pub fn PhoneQuestion(props: &PhoneQuestionProps) -> Html {
    let PhoneQuestionProps { question, vote, on_choose, lang } = props;
    let t = lang.text().phone();
    let content = question.lang.clone().map(AttrValue::from);
    let (title, asked) = match question.prompt.as_deref().map(|p| p.split_once('\n').unwrap_or(("", p))) {
        Some((title, asked)) => (title.to_string(), asked.to_string()),
        None => (String::new(), String::new()),
    };
    // A practice item's question names itself in the heading; only a scenario's two questions are "Role" and "Team".
    let part = match (&question.kind, question.part) {
        (Some(_), _) => "",
        (None, Part::Role) => lang.text().common().role,
        (None, Part::Team) => lang.text().common().team,
    };
    let second = question.round == rolecall_protocol::Round::Second;
    let mine = vote.as_deref().and_then(|v| named(question, v));
    html! {
        <section class="panel phone-question" aria-labelledby="phone-heading">
            if !part.is_empty() || second {
                <p class="eyebrow">{ part }if !part.is_empty() && second { { " · " } }if second { { t.round_two } }</p>
            }
            if !title.is_empty() {
                <p class="phone-scenario" lang={content.clone()}>{ title }</p>
            }
            <h1 id="phone-heading" lang={if asked.is_empty() { None } else { content.clone() }}>
                { if asked.is_empty() { t.options.to_string() } else { asked } }
            </h1>
            <div class="phone-options" role="group" aria-label={t.options}>
                { for question.options.iter().map(|o| {
                    let pressed = vote.as_deref() == Some(o.id.as_str());
                    // The class as a plain string, not `classes!`: Yew's `Classes` (an ordered set) is the
                    // phone page's only use of it with room.rs's, and the two cost 970 B gzip of its wasm
                    // (measured 2026-12-02, wasm-opt -Oz, gzip -9).
                    let id = o.id.clone();
                    html! {
                        <button type="button" key={o.id.clone()} class={if pressed { "phone-option is-mine" } else { "phone-option" }}
                            aria-pressed={if pressed { "true" } else { "false" }}
                            onclick={on_choose.reform(move |_: MouseEvent| id.clone())}>
                            <span class="letter" aria-hidden={o.label.is_some().then_some("true")}>{ &o.letter }</span>
                            if let Some(label) = &o.label {
                                <span class="visually-hidden">{ format!("{}, ", o.letter) }</span>
                                <span class="option-label" lang={content.clone()}>{ label }</span>
                            }
                        </button>
                    }
                }) }
            </div>
            <p class="phone-vote" aria-live="polite">
                { match mine {
                    Some(m) => sentence(t.your_vote, [html! { <span lang={content.clone()}>{ m }</span> }]),
                    None => html! { { t.no_vote } },
                } }
            </p>
            <p class="hint">{ t.can_change }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PhoneAnswerProps {
    pub answer: Answer,
    /// The question last asked, for its letters and the phone's vote on it.
    #[prop_or_default]
    pub question: Option<Question>,
    #[prop_or_default]
    pub vote: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The answer: the right option of each question, whether the phone's vote was right, and why.
#[component]
pub fn PhoneAnswer(props: &PhoneAnswerProps) -> Html {
    let PhoneAnswerProps { answer, question, vote, lang } = props;
    let t = lang.text().phone();
    let content = answer.lang.clone().map(AttrValue::from);
    let verdict = match (question, vote) {
        (Some(q), Some(v)) => answer
            .right
            .iter()
            .find(|r| r.part == q.part)
            .map(|r| if r.option == **v { t.you_were_right } else { t.you_were_wrong }),
        _ => None,
    };
    html! {
        <section class="panel phone-answer" aria-labelledby="phone-heading">
            <h1 id="phone-heading">{ t.answer_heading }</h1>
            <ul class="phone-right">
                { for answer.right.iter().map(|r| {
                    // The option as the question named it, else as the answer did: quiz text, in its language.
                    let asked = question.as_ref().filter(|q| q.part == r.part);
                    // A practice item's answer is named by its question's words (quiz text), not "Role".
                    let practice = asked.filter(|q| q.kind.is_some()).and_then(|q| {
                        let words = q.prompt.as_deref()?.split_once('\n')?.1.to_string();
                        Some(html! { <span lang={q.lang.clone().map(AttrValue::from)}>{ words }</span> })
                    });
                    let part = match r.part {
                        Part::Role => lang.text().common().role,
                        Part::Team => lang.text().common().team,
                    };
                    let question_words = practice.unwrap_or_else(|| html! { { part } });
                    let (option, tag) = match (asked.and_then(|q| named(q, &r.option)), &r.label) {
                        (Some(named), _) => (named, asked.and_then(|q| q.lang.clone())),
                        (None, Some(label)) => (label.clone(), answer.lang.clone()),
                        (None, None) => (r.option.clone(), None),
                    };
                    let option = html! { <span lang={tag.map(AttrValue::from)}>{ option }</span> };
                    html! { <li key={part}><strong>{ sentence(t.right, [question_words, option]) }</strong></li> }
                }) }
            </ul>
            if let Some(verdict) = verdict {
                <p class="phone-verdict">{ verdict }</p>
            }
            if let Some(why) = &answer.why {
                <h2>{ t.why }</h2>
                { for crate::interop::relay::paragraphs(why).map(|p| html! { <p lang={content.clone()}>{ p }</p> }) }
            }
        </section>
    }
}
