//! One room on the phone: the connection to the relay (reconnecting with backoff, and saying so), the
//! phone's state machine ([`Phone`]) fed by it, and the screen for where the phone is.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use rolecall_protocol::{CloseReason, ErrorCode, TOKEN_MIN_LEN, valid_token};
use yew::prelude::*;

use crate::components::{PhoneAnswer, PhoneQuestion};
use crate::i18n::{Lang, PhoneText};
use crate::interop::relay::{
    Phone, PhoneEvent, PhoneStage, answer_in, held_from_text, held_to_text, question_in,
};
use crate::platform::clock::Timeout;
use crate::platform::socket::{Codec, Relay, SocketEvent};
use crate::platform::storage::{self, tab_get, tab_set};

#[derive(Properties, PartialEq)]
pub struct PhoneRoomProps {
    pub code: AttrValue,
    /// The relay's socket (`ws(s)://…/ws`).
    pub url: AttrValue,
    /// The phone page without a room, to join another.
    pub other_room: AttrValue,
    /// The relay refused this code (no such room): the code and why, for the join form.
    pub on_refused: Callback<(String, AttrValue)>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The connection as the student hears of it.
#[derive(Clone, Copy, PartialEq)]
enum Link {
    Fine,
    Lost,
    Back,
}

fn token_key() -> String {
    format!("{}.phone.token", storage::PREFIX)
}

fn votes_key(code: &str) -> String {
    format!("{}.phone.votes.{code}", storage::PREFIX)
}

/// This tab's device token: the one it made before, or 16 random bytes as base64url (22 characters).
fn device_token() -> String {
    if let Some(token) = tab_get(&token_key()).filter(|t| valid_token(t)) {
        return token;
    }
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if crypto.is_none_or(|c| c.get_random_values_with_u8_array(&mut bytes).is_err()) {
        bytes.iter_mut().for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8);
    }
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits = bytes.iter().fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
    let token: String =
        (0..TOKEN_MIN_LEN + 6).map(|i| ALPHABET[((bits >> (6 * i)) & 63) as usize] as char).collect();
    let _ = tab_set(&token_key(), &token);
    token
}

/// What ended the room for this phone, in words.
fn ended(t: &PhoneText, stage: &PhoneStage) -> Option<&'static str> {
    Some(match stage {
        PhoneStage::Ended(CloseReason::Closed) => t.closed,
        PhoneStage::Ended(CloseReason::Expired) => t.expired,
        PhoneStage::Ended(CloseReason::Replaced) => t.replaced,
        PhoneStage::Refused(ErrorCode::RoomFull) => t.room_full,
        PhoneStage::Refused(ErrorCode::RelayFull) => t.relay_full,
        PhoneStage::Refused(ErrorCode::Version) => t.version,
        PhoneStage::Refused(_) => t.unknown_room,
        _ => return None,
    })
}

#[component]
pub fn PhoneRoom(props: &PhoneRoomProps) -> Html {
    let t = props.lang.text().phone();
    let phone = use_mut_ref(|| {
        let held = tab_get(&votes_key(&props.code)).map(|text| held_from_text(&text));
        Phone::new(props.code.to_string(), device_token(), held.unwrap_or_default())
    });
    let relay = use_mut_ref(|| None::<Relay>);
    let rejoin = use_mut_ref(|| None::<Timeout>);
    let update = use_force_update();
    let link = use_state_eq(|| Link::Fine);
    // The event handler's own handle, for the rejoin timer to call it again.
    let me = use_mut_ref(|| None::<Weak<dyn Fn(PhoneEvent)>>);
    let apply = {
        let (phone, relay, update, code, on_refused, rejoin) = (
            phone.clone(),
            relay.clone(),
            update.clone(),
            props.code.clone(),
            props.on_refused.clone(),
            rejoin.clone(),
        );
        let apply: Rc<dyn Fn(PhoneEvent)> = Rc::new({
            let me = me.clone();
            move |event: PhoneEvent| {
                let out = phone.borrow_mut().on(event);
                if let Some(r) = relay.borrow().as_ref() {
                    out.iter().for_each(|m| {
                        r.send(m);
                    });
                }
                let p = phone.borrow();
                let _ = tab_set(&votes_key(&code), &held_to_text(&p.held));
                if !p.wants_connection() {
                    if let Some(r) = relay.borrow().as_ref() {
                        r.stop();
                    }
                    if p.stage == PhoneStage::Refused(ErrorCode::UnknownRoom) {
                        on_refused.emit((code.to_string(), t.unknown_room.into()));
                    }
                }
                drop(p);
                // The room is not back yet: join again in a second.
                if std::mem::take(&mut phone.borrow_mut().rejoin) {
                    let me = me.borrow().clone();
                    *rejoin.borrow_mut() = Some(Timeout::new(1_000, move || {
                        if let Some(apply) = me.and_then(|me| me.upgrade()) {
                            apply(PhoneEvent::Connected);
                        }
                    }));
                }
                update.force_update();
            }
        });
        // The first render's handler is the one the connection keeps (its effect runs once per relay), so it
        // is the one that stays alive for the timer.
        if me.borrow().is_none() {
            *me.borrow_mut() = Some(Rc::downgrade(&apply));
        }
        apply
    };
    {
        let (relay, link, apply) = (relay.clone(), link.clone(), apply.clone());
        use_effect_with(props.url.clone(), move |url| {
            let was_lost = Rc::new(Cell::new(false));
            let connection = Relay::connect(url.to_string(), Codec::PHONE, move |event| match event {
                SocketEvent::Open => {
                    link.set(if was_lost.replace(false) { Link::Back } else { Link::Fine });
                    apply(PhoneEvent::Connected);
                }
                SocketEvent::Lost => {
                    was_lost.set(true);
                    link.set(Link::Lost);
                }
                SocketEvent::Message(msg) => apply(PhoneEvent::Server(msg)),
            });
            *relay.borrow_mut() = Some(connection);
            move || drop(relay.borrow_mut().take())
        });
    }
    let p = phone.borrow().clone();
    let lang = props.lang;
    let vote = p.vote().map(|v| AttrValue::from(v.to_string()));
    let screen = match (&p.stage, &p.question, &p.answer) {
        (PhoneStage::Joining, ..) => html! {
            <section class="panel phone-waiting" aria-labelledby="phone-heading">
                <h1 id="phone-heading">{ t.title }</h1>
                <p>{ t.joining }</p>
            </section>
        },
        (PhoneStage::Asked, Some(question), _) => {
            let choose = {
                let apply = apply.clone();
                Callback::from(move |id: String| apply(PhoneEvent::Choose(id)))
            };
            // The texts in the phone's language when the presenter sent them (switching the language
            // switches them), else in the quiz's.
            html! { <PhoneQuestion question={question_in(question, lang.tag())} {vote} on_choose={choose} {lang} /> }
        }
        (PhoneStage::Revealed, question, Some(answer)) => html! {
            <PhoneAnswer answer={answer_in(answer, lang.tag())} question={question.as_ref().map(|q| question_in(q, lang.tag()))}
                {vote} {lang} />
        },
        (stage, ..) => match ended(t, stage) {
            Some(words) => html! {
                <section class="panel phone-ended" aria-labelledby="phone-heading">
                    <h1 id="phone-heading">{ t.title }</h1>
                    <p role="alert">{ words }</p>
                    <p><a href={props.other_room.clone()}>{ t.other_room }</a></p>
                </section>
            },
            None => html! {
                <section class="panel phone-waiting" aria-labelledby="phone-heading">
                    <h1 id="phone-heading">{ t.waiting_heading }</h1>
                    <p>{ t.waiting }</p>
                </section>
            },
        },
    };
    let status = match *link {
        Link::Lost if p.wants_connection() => t.lost,
        Link::Back => t.back,
        _ => "",
    };
    // A plain class string, not `classes!` (see PhoneQuestion's options for the measured reason).
    html! {
        <>
            <p class="eyebrow phone-room">{ t.room.fill([&props.code]) }</p>
            <p class={if *link == Link::Lost { "phone-link is-lost" } else { "phone-link" }} role="status">{ status }</p>
            { screen }
        </>
    }
}
