//! The room's votes on one question as lettered bars. Every bar carries its numbers in text (votes and share),
//! and the right option is marked in words, so nothing depends on colour. While a question is being counted,
//! each option also has − / + buttons and a field to type the count of hands into; votes from phones are
//! added to the bar and said apart ("3 by phone"), and the controls never take them away.

use yew::prelude::*;

use crate::engine::quiz::Id;
use crate::i18n::Lang;

/// One option's row.
#[derive(Clone, Debug, PartialEq)]
pub struct BarOption {
    pub id: Id,
    /// "A", "B", …
    pub letter: char,
    pub label: AttrValue,
    /// Every vote: the hands counted and the phones.
    pub votes: u32,
    /// Of them, the phones' (the count controls change the hands only).
    pub phones: u32,
    /// Marked as the right answer (only on the reveal).
    pub correct: bool,
}

#[derive(Properties, PartialEq)]
pub struct VoteBarsProps {
    /// What the list is, for assistive technology ("Votes on: Who takes this on?, round 1").
    pub label: AttrValue,
    pub options: Vec<BarOption>,
    /// Show the counts and bars (off on the plain scenario, or when the presenter hides the chart).
    #[prop_or(true)]
    pub show_votes: bool,
    /// Offer − / + buttons and a count field for each option.
    #[prop_or_default]
    pub editable: bool,
    /// A new count for an option.
    #[prop_or_default]
    pub on_votes: Callback<(Id, u32)>,
    /// The language of the option labels (quiz content).
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn VoteBars(props: &VoteBarsProps) -> Html {
    let VoteBarsProps { label, options, show_votes, editable, on_votes, content_lang, lang } = props;
    let text = lang.text();
    let t = &text.reveal();
    let total: u32 = options.iter().map(|o| o.votes).sum();
    html! {
        <ol class={classes!("vote-bars", show_votes.then_some("with-votes"))} aria-label={label.clone()}>
            { for options.iter().map(|o| {
                // Rounded down, like the summary and the CSV, so the same vote reads the same everywhere.
                let share = (o.votes * 100).checked_div(total).unwrap_or(0);
                let name = format!("{}, {}", o.letter, o.label);
                let hands = o.votes.saturating_sub(o.phones);
                let phones = (o.phones > 0).then(|| format!(" · {}", (t.by_phone)(o.phones as usize)));
                let set = |n: u32| { let id = o.id.clone(); on_votes.reform(move |_: MouseEvent| (id.clone(), n)) };
                let typed = {
                    let (id, on_votes) = (o.id.clone(), on_votes.clone());
                    Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        if let Ok(n) = input.value().trim().parse::<u32>() {
                            on_votes.emit((id.clone(), n));
                        }
                    })
                };
                // Enter or Escape hands the keyboard back to the presenter's keys.
                let done = Callback::from(|e: KeyboardEvent| {
                    if matches!(e.key().as_str(), "Enter" | "Escape") {
                        let input: web_sys::HtmlElement = e.target_unchecked_into();
                        let _ = input.blur();
                    }
                });
                html! {
                    <li key={o.id.to_string()} class={classes!("bar-row", o.correct.then_some("is-correct"))}>
                        <span class="letter">{ o.letter }</span>
                        <span class="option-label">
                            <span lang={content_lang.clone()}>{ o.label.clone() }</span>
                            if o.correct {
                                <span class="correct-tag">
                                    <span aria-hidden="true">{ "✓" }</span><span class="visually-hidden">{ t.right_answer }</span>
                                </span>
                            }
                        </span>
                        if *show_votes {
                            <span class="tally-line">
                                <span class="bar" aria-hidden="true"><span style={format!("width: {share}%")}></span></span>
                                <span class="count">
                                    { format!("{} · {}", (t.votes)(o.votes as usize), text.common().percent.fill([&share.to_string()])) }
                                    { phones.unwrap_or_default() }
                                </span>
                            </span>
                        }
                        if *editable {
                            <span class="tally-controls">
                                <button type="button" class="secondary" aria-label={t.fewer.fill([&name])}
                                    disabled={hands == 0} onclick={set(hands.saturating_sub(1))}>{ "−" }</button>
                                if *show_votes {
                                    <input type="number" inputmode="numeric" min="0" max="9999" class="count-field"
                                        aria-label={t.count.fill([&name])} value={hands.to_string()}
                                        onchange={typed} onkeydown={done} />
                                }
                                <button type="button" class="secondary" aria-label={t.more.fill([&name])}
                                    onclick={set(hands + 1)}>{ "+" }</button>
                            </span>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// The rows for `ids` (a card's options of one question, in lettered order), labelled from the quiz's roles
/// and teams, with the counts of `votes` (zeros when none) and `correct` marked.
pub fn bar_options(
    quiz: &crate::engine::quiz::Quiz,
    ids: &[Id],
    votes: Option<&crate::engine::presenter::Votes>,
    correct: Option<&Id>,
) -> Vec<BarOption> {
    let label = |id: &Id| quiz.role(id).or_else(|| quiz.team(id)).map(|c| c.label.clone());
    rows(ids, label, votes, correct)
}

/// The rows of a practice card's one question, labelled from its item's question (whose option ids may
/// be a role's too: the sort's "cm" bin is not the role "cm"), marked as [`bar_options`] marks them.
pub fn practice_bar_options(
    quiz: &crate::engine::quiz::Quiz,
    card: &crate::engine::deck::Card,
    votes: Option<&crate::engine::presenter::Votes>,
    correct: Option<&Id>,
) -> Vec<BarOption> {
    let options = quiz.practice.item(&card.scenario).map_or(&[][..], |item| quiz.practice.options_of(item));
    let label = |id: &Id| options.iter().find(|o| o.id == *id).map(|o| o.label.clone());
    rows(crate::engine::presenter::options(card, crate::engine::presenter::Part::Role), label, votes, correct)
}

fn rows(
    ids: &[Id],
    label: impl Fn(&Id) -> Option<std::rc::Rc<str>>,
    votes: Option<&crate::engine::presenter::Votes>,
    correct: Option<&Id>,
) -> Vec<BarOption> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| BarOption {
            id: id.clone(),
            letter: crate::engine::presenter::letter(i),
            label: label(id).map(|l| l.to_string()).unwrap_or_default().into(),
            votes: votes.map_or(0, |v| v.count(id)),
            phones: votes.map_or(0, |v| v.phones_for(id)),
            correct: correct == Some(id),
        })
        .collect()
}
