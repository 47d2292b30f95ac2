//! A QR code drawn as inline SVG, made in the browser (`qrcodegen`, no outside service): one path of unit
//! squares on a light quiet zone, so it scans in dark mode too.

use qrcodegen::{QrCode as Code, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code encodes (a URL).
    pub text: AttrValue,
    /// What it is, for people who cannot see it.
    pub label: AttrValue,
}

/// The SVG path of the dark modules, each a 1×1 square, offset by the 4-module quiet zone.
pub fn module_path(code: &Code) -> String {
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    path
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let Ok(code) = Code::encode_text(&props.text, QrCodeEcc::Medium) else {
        // Longer than a QR code holds: the link is shown in text beside it anyway.
        return Html::default();
    };
    let view = code.size() + 8;
    html! {
        <svg class="qr-code" role="img" aria-label={props.label.clone()} viewBox={format!("0 0 {view} {view}")}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <title>{ props.label.clone() }</title>
            <rect width={view.to_string()} height={view.to_string()} fill="#ffffff" />
            <path d={module_path(&code)} fill="#000000" />
        </svg>
    }
}
