//! The practice kinds in the quiz flow: a practice card as asked (a sort board, or one item with its
//! options) and its feedback, built from the quiz for the presentational components. The session's
//! `Pick` action takes the answers, one option per item.

use yew::prelude::*;

use crate::components::{
    ChoiceOption, ItemCard, ItemResult, PracticeFeedback, QuizRef, SortBoard, cite, kind_name,
};
use crate::engine::deck::{Answer, PracticeCard};
use crate::engine::practice::{Item, Kind};
use crate::engine::quiz::Id;
use crate::i18n::Lang;

/// Where the flow's practice views go: the card's place and what they report to.
pub struct Place {
    pub number: usize,
    pub total: usize,
    pub heading: NodeRef,
    pub lang: Lang,
}

/// A practice card being asked: a board for a sort, otherwise its one item and the question's options.
pub fn asking(quiz: &QuizRef, card: &PracticeCard, place: Place, on_pick: Callback<Vec<(Id, Id)>>) -> Html {
    let practice = &quiz.practice;
    let items: Vec<&Item> = card.items.iter().filter_map(|id| practice.item(id)).collect();
    let Some(first) = items.first() else { return Html::default() };
    let question = practice.question_of(first);
    let options: Vec<ChoiceOption> = card
        .options
        .iter()
        .filter_map(|id| question.options.iter().find(|o| o.id == *id))
        .map(|o| ChoiceOption { id: o.id.clone(), label: o.label.to_string().into() })
        .collect();
    let Place { number, total, heading, lang } = place;
    let eyebrow: AttrValue =
        lang.text().drill().card_of.fill([&number.to_string(), &total.to_string()]).into();
    let name: AttrValue = kind_name(lang, card.kind).into();
    let content: AttrValue = quiz.language.to_string().into();
    // Keyed by the card: the next card starts with nothing placed or chosen.
    let key = format!("{}-{number}", card.items[0]);
    if card.kind == Kind::Sort {
        let duties = items
            .iter()
            .map(|i| ChoiceOption { id: i.id.clone(), label: i.text.to_string().into() })
            .collect::<Vec<_>>();
        return html! {
            <SortBoard {key} {eyebrow} heading={name} prompt={question.prompt.to_string()} {duties} bins={options}
                on_submit={on_pick} heading_ref={heading} content_lang={content} {lang} />
        };
    }
    let item = first.id.clone();
    html! {
        <ItemCard {key} {eyebrow} heading={name} text={first.text.to_string()} question={question.prompt.to_string()}
            {options} on_submit={on_pick.reform(move |option| vec![(item.clone(), option)])}
            heading_ref={heading} content_lang={content} {lang} />
    }
}

/// Each item of a practice answer as its feedback (and the results) show it.
pub fn results(quiz: &QuizRef, answer: &Answer) -> Vec<ItemResult> {
    let practice = &quiz.practice;
    answer
        .picks
        .iter()
        .filter_map(|(id, pick)| {
            let item = practice.item(id)?;
            let label = |option: &Id| -> AttrValue {
                practice
                    .options_of(item)
                    .iter()
                    .find(|o| o.id == *option)
                    .map_or_else(|| AttrValue::from(option.to_string()), |o| o.label.to_string().into())
            };
            let source = match &item.passage {
                Some(passage) => format!("{}: {passage}", cite(quiz, item.source)),
                None => cite(quiz, item.source),
            };
            Some(ItemResult {
                text: item.text.to_string().into(),
                chosen: label(pick),
                answer: label(&item.answer),
                right: *pick == item.answer,
                list: practice.list_of(item).map(|l| l.label.to_string().into()),
                source: source.into(),
                why: item.why.to_string().into(),
                hard: item.hard,
            })
        })
        .collect()
}

/// Feedback on a practice answer.
pub fn feedback(
    quiz: &QuizRef,
    answer: &Answer,
    is_last: bool,
    scored: bool,
    on_next: Callback<()>,
    heading: NodeRef,
    lang: Lang,
) -> Html {
    let kind = answer.picks.first().and_then(|(id, _)| quiz.practice.item(id)).map_or(Kind::Sort, |i| i.kind);
    html! {
        <PracticeFeedback kind={kind_name(lang, kind)} items={results(quiz, answer)} {is_last} {on_next} {scored}
            heading_ref={heading} content_lang={AttrValue::from(quiz.language.to_string())} {lang} />
    }
}
