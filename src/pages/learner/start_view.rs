//! The start screen as the quiz flow shows it: the session length and feedback policy to start with, review
//! of the scenarios last missed, mastery by chart row, resetting progress, and moving progress to another
//! browser through a file.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::SessionContext;
use crate::components::{StartScreenProps, kind_name, offered_lengths, start_screen};
use crate::engine::deck::{Deal, Feedback};
use crate::engine::practice::{Kind, LINKED};
use crate::engine::progress::{ImportError, Record};
use crate::engine::quiz::Quiz;
use crate::engine::session::Action;
use crate::i18n::Lang;
use crate::interop::launch::{LaunchOptions, Page};
use crate::platform::{clock, download, file, json, location};

/// Session lengths offered on the start screen (those above the quiz's size are dropped; "all" is added).
const LENGTHS: [usize; 3] = [5, 10, 20];
pub const DEFAULT_LENGTH: usize = 10;

/// The deal a start makes (the start screen's, Enter's, or the address's `start=1`): `count` scenarios (all
/// for `None`), the address's seed and rows, due ones first.
pub fn start_deal(options: &LaunchOptions, count: Option<usize>, feedback: Feedback) -> Deal {
    Deal {
        seed: options.seed.unwrap_or_else(clock::random_seed),
        count,
        rows: options.rows.iter().map(|r| r.as_str().into()).collect(),
        at: clock::now(),
        feedback,
        kinds: dealt_kinds(&options.kinds, None),
        ..Deal::default()
    }
}

/// The kinds a quiz offers to practise, in [`Kind::ALL`] order: its scenarios, then each practice kind it
/// has items of.
pub fn offered_kinds(quiz: &Quiz) -> Vec<Kind> {
    let scenarios = (!quiz.scenarios.is_empty()).then_some(Kind::Scenario);
    scenarios.into_iter().chain(quiz.practice.kinds()).collect()
}

/// The deal's `kinds` for the kinds chosen (the chart's scenarios when none): those the quiz offers (all, when
/// no quiz is given), and none at all for the scenarios alone, so that today's deal stays exactly as it was.
pub fn dealt_kinds(chosen: &[Kind], quiz: Option<&Quiz>) -> Vec<Kind> {
    let offered = quiz.map(offered_kinds);
    let kinds: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| chosen.contains(k) && offered.as_ref().is_none_or(|o| o.contains(k)))
        .collect();
    if kinds.is_empty() || kinds == [Kind::Scenario] { Vec::new() } else { kinds }
}

/// How many cards the chosen kinds can make: a scenario or an item a card each, a sort's duties a board per
/// [`Kind::per_card`].
fn cards_of(quiz: &Quiz, kinds: &[Kind]) -> usize {
    let per_kind = |k: Kind| match k {
        Kind::Scenario => quiz.scenarios.len(),
        _ => quiz.practice.items.iter().filter(|i| i.kind == k).count().div_ceil(k.per_card()),
    };
    if kinds.is_empty() { quiz.scenarios.len() } else { kinds.iter().map(|&k| per_kind(k)).sum() }
}

/// The way from the scenarios to the practice page, on a page without the practice kinds (`index.html`): a
/// link per practice kind, and one for every kind mixed, each with this page's options and the kinds in
/// `kinds=`. Links, not checkboxes that move on when ticked: a learner sees where each goes before going.
/// None on the practice page itself, nor in an embed's compact layout.
fn practice_links(lang: Lang, compact: bool) -> Vec<(AttrValue, AttrValue)> {
    if LINKED || compact {
        return Vec::new();
    }
    let d = lang.text().drill();
    let link = |kinds: &str, name: &'static str| {
        let set = |p: &web_sys::UrlSearchParams| p.set("kinds", kinds);
        (AttrValue::from(name), location::page_address(Page::Practice, set, "").unwrap_or_default().into())
    };
    let all: Vec<&str> = Kind::ALL.iter().map(|k| k.tag()).collect();
    let mut links: Vec<_> = Kind::PRACTICE.iter().map(|k| link(k.tag(), d.kinds[k.index()])).collect();
    links.push(link(&all.join(","), d.mixed));
    links
}

/// What the start screen shows as the flow hands it over.
pub struct StartViewProps {
    /// The session length and feedback policy chosen (the flow's Enter key starts with them too).
    pub length: UseStateHandle<usize>,
    pub feedback: UseStateHandle<Feedback>,
    /// The kinds chosen to practise (the chart's scenarios when empty).
    pub kinds: UseStateHandle<Vec<Kind>>,
    pub compact: bool,
    pub on_chart: Callback<()>,
    pub on_present: Option<Callback<()>>,
    pub on_embed: Option<Callback<usize>>,
    pub heading: NodeRef,
}

/// What the start screen keeps between renders, held by the flow so that the start screen is a plain
/// function: what came of the last progress import, and whether the learner is being asked to confirm a
/// reset. The flow clears both when the start screen is left ([`use_start_state`]), so the screen comes
/// back without them, as a component's own state would.
#[derive(Clone)]
pub struct StartState {
    pub transfer: UseStateHandle<Option<AttrValue>>,
    pub confirming: UseStateHandle<bool>,
}

/// The start screen's [`StartState`], cleared whenever `shown` turns false.
#[hook]
pub fn use_start_state(shown: bool) -> StartState {
    let kept = StartState { transfer: use_state_eq(|| None), confirming: use_state_eq(|| false) };
    {
        let kept = kept.clone();
        use_effect_with(shown, move |&shown| {
            if !shown {
                kept.transfer.set(None);
                kept.confirming.set(false);
            }
        });
    }
    kept
}

/// The start screen. A plain function, not a component: its state is the flow's ([`StartState`]), and the
/// flow made its props anew on every render (callbacks), so a component never skipped one; as a component it
/// cost the learner's wasm 1,469 B gzip (measured 2026-12-02).
pub fn start_view(
    session: &SessionContext,
    options: &Rc<LaunchOptions>,
    lang: Lang,
    props: &StartViewProps,
    kept: &StartState,
) -> Html {
    let quiz = session.0.quiz().clone();
    let kinds = dealt_kinds(&props.kinds, Some(&quiz));
    let available = cards_of(&quiz, &kinds);
    let length = (*props.length).min(available);
    let policy = *props.feedback;
    let lengths = offered_lengths(&LENGTHS, options.count, available);
    let StartState { transfer, confirming } = kept;
    let act = |make: Rc<dyn Fn() -> Action>| {
        let session = session.clone();
        Callback::from(move |()| session.dispatch(make()))
    };
    let history = session.0.history();
    // Review deals the scenarios and the practice items last missed, each of its own kind.
    let mut missed = history.missed(&quiz);
    let missed_practice = history.missed_practice(&quiz);
    let review_kinds: Vec<Kind> = if missed_practice.is_empty() { Vec::new() } else { offered_kinds(&quiz) };
    missed.extend(missed_practice);
    let missed_count = missed.len();
    // Mastery bars only once there is something to show.
    let mastery: Vec<(AttrValue, u32)> = if history.items.is_empty() {
        Vec::new()
    } else {
        quiz.chart
            .rows
            .iter()
            .zip(history.mastery(&quiz))
            .map(|(r, m)| (r.measure.to_string().into(), m))
            .collect()
    };
    let on_review = act(Rc::new(move || {
        Action::Start(Deal {
            seed: clock::random_seed(),
            only: missed.clone(),
            review: true,
            at: clock::now(),
            // Review is practice, or self-check for a learner who chose it: never a test.
            feedback: if policy == Feedback::SelfCheck { policy } else { Feedback::Practice },
            kinds: review_kinds.clone(),
            ..Deal::default()
        })
    }));
    let on_export = {
        let session = session.clone();
        Callback::from(move |()| {
            let s = &session.0;
            if let Ok(text) = json::to_pretty_text(&s.record()) {
                let name = ["rolecall-progress-", &s.quiz().id, ".json"].concat();
                let _ = download::save(&name, "application/json", &text);
            }
        })
    };
    let on_import = {
        let (session, transfer) = (session.clone(), transfer.clone());
        Callback::from(move |picked: web_sys::File| {
            let (session, transfer) = (session.clone(), transfer.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let t = lang.text().progress();
                let read = file::read_text(picked, 256.0 * 1024.0).await.map_err(|e| e.words(t).to_string());
                let quiz = session.0.quiz().clone();
                let imported = read.and_then(|text| {
                    Record::import(&text, &quiz, |t| json::from_text(t).ok()).map_err(|e| match e {
                        ImportError::Unreadable => t.not_progress.to_string(),
                        ImportError::OtherQuiz(id) => t.other_quiz.fill([&id]),
                    })
                });
                transfer.set(Some(AttrValue::from(match imported {
                    Ok(record) => {
                        let n = record.history.items.len();
                        session.dispatch(Action::Import(Box::new(record)));
                        (t.loaded)(n)
                    }
                    Err(message) => message,
                })));
            });
        })
    };
    let kind_mastery: Vec<(AttrValue, u32)> = if history.items.is_empty() || quiz.practice.is_empty() {
        Vec::new()
    } else {
        history.mastery_by_kind(&quiz).into_iter().map(|(k, m)| (kind_name(lang, k).into(), m)).collect()
    };
    // The choice of kinds, only for a quiz with more than one to offer.
    let offered = offered_kinds(&quiz);
    let choice: Vec<(Kind, bool)> = if offered.len() > 1 {
        let checked = |k: Kind| if kinds.is_empty() { k == Kind::Scenario } else { kinds.contains(&k) };
        offered.iter().map(|&k| (k, checked(k))).collect()
    } else {
        Vec::new()
    };
    let on_kind = {
        let (chosen, choice) = (props.kinds.clone(), choice.clone());
        Callback::from(move |(kind, on): (Kind, bool)| {
            let next: Vec<Kind> =
                choice.iter().filter(|(k, c)| if *k == kind { on } else { *c }).map(|(k, _)| *k).collect();
            chosen.set(next);
        })
    };
    // Built on each render of the start screen (five addresses through the URL API, on a click), not kept with
    // use_memo: that costs the learner's page 175 B gzip (measured 2026-12-02, release, gzip -9).
    let more_practice = practice_links(lang, props.compact);
    let options = options.clone();
    let deal_kinds = kinds.clone();
    let screen = StartScreenProps {
        title: quiz.title.to_string().into(),
        description: quiz.description.to_string().into(),
        available,
        lengths,
        length,
        on_length: {
            let l = props.length.clone();
            Callback::from(move |n| l.set(n))
        },
        feedback: policy,
        on_feedback: {
            let f = props.feedback.clone();
            Callback::from(move |p| f.set(p))
        },
        on_start: act(Rc::new(move || {
            Action::Start(Deal { kinds: deal_kinds.clone(), ..start_deal(&options, Some(length), policy) })
        })),
        kinds: choice,
        on_kind,
        kind_mastery,
        more_practice,
        missed: missed_count,
        on_review,
        mastery,
        on_reset: act(Rc::new(|| Action::ResetProgress)),
        on_export,
        on_import,
        transfer_message: (**transfer).clone(),
        on_chart: props.on_chart.clone(),
        on_present: props.on_present.clone(),
        heading_ref: props.heading.clone(),
        compact: props.compact,
        on_embed: props.on_embed.as_ref().map(|cb| cb.reform(move |()| length)),
        content_lang: Some(quiz.language.to_string().into()),
        lang,
    };
    start_screen(&screen, confirming)
}
