//! Before the class: which kinds of question (when the quiz has practice items), how many cards, the
//! countdown's length, the way in, and the students' link: to
//! practise on their own, or, once the instructor lets them answer on their phones, to the room's phone page
//! with its join code.

use yew::prelude::*;

use super::study_link_panel::link_text;
use super::{KindsChoice, LengthPicker, QrCode, StudyLinkPanel};
use crate::engine::practice::Kind;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LobbyScreenProps {
    pub title: AttrValue,
    /// Scenarios in the quiz, the lengths offered and the one chosen.
    pub available: usize,
    pub lengths: Vec<usize>,
    pub length: usize,
    pub on_length: Callback<usize>,
    /// The kinds the quiz offers (the choice is shown only when there is more than one) and those chosen.
    #[prop_or_default]
    pub kinds_offered: Vec<Kind>,
    #[prop_or_default]
    pub kinds: Vec<Kind>,
    /// A kind ticked (`true`) or unticked.
    #[prop_or_default]
    pub on_kind: Callback<(Kind, bool)>,
    /// The countdown's length in seconds.
    pub timer_secs: u32,
    pub on_timer: Callback<u32>,
    pub study_url: AttrValue,
    pub on_start: Callback<()>,
    /// Back to self-study.
    pub on_exit: Callback<()>,
    /// "Let students answer on their phones": offered when `Some` (a relay can be reached from this page).
    #[prop_or_default]
    pub on_phones: Option<Callback<()>>,
    /// The phones' room once asked for: its join code (`None` while it opens) and the phone page's address.
    #[prop_or_default]
    pub room: Option<(Option<AttrValue>, AttrValue)>,
    /// Why the room has no code yet when it is not just opening (the relay refused it, or is out of reach).
    #[prop_or_default]
    pub room_problem: Option<AttrValue>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The language of the quiz's title.
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn LobbyScreen(props: &LobbyScreenProps) -> Html {
    let LobbyScreenProps {
        title,
        available,
        lengths,
        length,
        on_length,
        kinds_offered,
        kinds,
        on_kind,
        timer_secs,
        on_timer,
        study_url,
        on_start,
        on_exit,
        on_phones,
        room,
        room_problem,
        heading_ref,
        content_lang,
        lang,
    } = props;
    let p = lang.text().class_phones();
    let t = &lang.text().presenter();
    let onsubmit = on_start.reform(|e: SubmitEvent| e.prevent_default());
    let timer_typed = {
        let on_timer = on_timer.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(s) = input.value().trim().parse::<u32>() {
                on_timer.emit(s);
            }
        })
    };
    html! {
        <form class="panel lobby-screen" {onsubmit} aria-labelledby="lobby-heading">
            <div class="lobby-settings">
            <p class="eyebrow">{ t.eyebrow }</p>
            <h1 id="lobby-heading" tabindex="-1" ref={heading_ref.clone()} lang={content_lang.clone()}>{ title.clone() }</h1>
            <p class="lead">{ if room.is_some() { p.lobby_lead } else { t.lead } }</p>
            if kinds_offered.len() > 1 {
                <KindsChoice kinds={kinds_offered.iter().map(|k| (*k, kinds.contains(k))).collect::<Vec<_>>()}
                    on_kind={on_kind.clone()} id_prefix="class-kind" lang={*lang} />
            }
            { LengthPicker { name: "class-length", available: *available, lengths, length: *length,
                cards: kinds.iter().any(|&k| k != Kind::Scenario), on_length, lang: *lang }.view() }
            <p class="timer-setting">
                <label for="timer-secs">{ t.timer }</label>
                <input id="timer-secs" type="number" inputmode="numeric" min="5" max="3600"
                    value={timer_secs.to_string()} onchange={timer_typed} />
            </p>
            <div class="actions">
                <button type="submit" class="primary">{ t.start }<kbd aria-hidden="true">{ "→" }</kbd></button>
                <button type="button" class="secondary" onclick={on_exit.reform(|_| ())}>{ t.back_to_study }</button>
                if let (Some(on_phones), None) = (on_phones, room) {
                    <button type="button" class="secondary" onclick={on_phones.reform(|_| ())}>{ p.open_room }</button>
                }
            </div>
            </div>
            { match room {
                Some((Some(code), url)) => html! {
                    <section class="study-link phone-link-panel" aria-labelledby="phone-link-heading">
                        <QrCode text={url.clone()} label={p.qr} />
                        <div>
                            <h2 id="phone-link-heading">{ p.code.fill([code.as_str()]) }</h2>
                            <p>{ p.scan }</p>
                            <p class="short-link"><a href={url.clone()} target="_blank">{ link_text(url) }</a></p>
                        </div>
                    </section>
                },
                Some((None, _)) => html! {
                    <p class="study-link" role="status">{ room_problem.clone().unwrap_or(p.opening.into()) }</p>
                },
                None => html! { <StudyLinkPanel url={study_url.clone()} lang={*lang} /> },
            } }
        </form>
    }
}
