//! A file dropped anywhere on the page. The pure half decides from the drag events seen whether a file is
//! over the page (for the drop hint); the web half listens on the document.
//!
//! Dragging over a page fires `dragenter` on each element entered *before* `dragleave` on the one left, so
//! "is a file over the page" is a count of enters minus leaves, not the last event.

/// Whether files are being dragged over the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dragging {
    depth: u32,
}

impl Dragging {
    /// Files entered an element of the page.
    pub fn enter(&mut self) {
        self.depth += 1;
    }

    /// Files left an element of the page.
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The files were dropped (or the drag ended): nothing is over the page any more.
    pub fn end(&mut self) {
        self.depth = 0;
    }

    pub fn over(self) -> bool {
        self.depth > 0
    }
}

/// Whether a drag carries files (its `DataTransfer.types` has `Files`), rather than text or a link being
/// dragged within the page, which the page handles as usual.
pub fn carries_files<S: AsRef<str>>(types: impl IntoIterator<Item = S>) -> bool {
    types.into_iter().any(|t| t.as_ref() == "Files")
}

/// Listeners for files dragged over and dropped on the page; dropping stops when this is dropped.
#[cfg(target_arch = "wasm32")]
pub struct DropListeners {
    _listeners: Vec<gloo_events::EventListener>,
}

/// Listen on the document: `on_over` gets whether files are over the page as that changes, `on_file` the
/// first file dropped. A drop of files is kept from the browser, which would otherwise leave the app to
/// show the file.
#[cfg(target_arch = "wasm32")]
pub fn listen(
    on_over: impl Fn(bool) + 'static,
    on_file: impl Fn(web_sys::File) + 'static,
) -> Option<DropListeners> {
    let document = web_sys::window()?.document()?;
    let watch = Watch { state: Default::default(), on_over: std::rc::Rc::new(on_over) };
    Some(DropListeners {
        _listeners: vec![
            watch.on(&document, "dragenter", |d, event, _| {
                event.prevent_default();
                d.enter();
            }),
            watch.on(&document, "dragover", |_, event, files| {
                // Without this, the browser refuses the drop; "copy" shows the plus sign on the pointer.
                event.prevent_default();
                files.set_drop_effect("copy");
            }),
            watch.on(&document, "dragleave", |d, _, _| d.leave()),
            watch.on(&document, "drop", move |d, event, files| {
                event.prevent_default();
                d.end();
                if let Some(file) = files.files().and_then(|list| list.get(0)) {
                    on_file(file);
                }
            }),
        ],
    })
}

/// The drag state the four listeners share, and whom to tell when it changes.
#[cfg(target_arch = "wasm32")]
struct Watch {
    state: std::rc::Rc<std::cell::Cell<Dragging>>,
    on_over: std::rc::Rc<dyn Fn(bool)>,
}

#[cfg(target_arch = "wasm32")]
impl Watch {
    /// A listener for `name` that acts only on drags of files.
    fn on(
        &self,
        document: &web_sys::Document,
        name: &'static str,
        act: impl Fn(&mut Dragging, &web_sys::Event, web_sys::DataTransfer) + 'static,
    ) -> gloo_events::EventListener {
        use wasm_bindgen::JsCast;
        let (state, on_over) = (self.state.clone(), self.on_over.clone());
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        gloo_events::EventListener::new_with_options(document, name, options, move |event| {
            let Some(files) = event.dyn_ref::<web_sys::DragEvent>().and_then(|e| e.data_transfer()) else {
                return;
            };
            if !carries_files(files.types().iter().filter_map(|t| t.as_string())) {
                return;
            }
            let mut dragging = state.get();
            let before = dragging.over();
            act(&mut dragging, event, files);
            state.set(dragging);
            if dragging.over() != before {
                on_over(dragging.over());
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_between_elements_keeps_the_hint_and_leaving_the_page_hides_it() {
        let mut d = Dragging::default();
        assert!(!d.over());
        d.enter(); // onto the page
        d.enter(); // onto a child: enter comes first…
        d.leave(); // …then leave from the parent
        assert!(d.over());
        d.leave(); // off the page
        assert!(!d.over());
        d.leave(); // a stray leave never underflows
        d.enter();
        assert!(d.over());
        d.end();
        assert!(!d.over());
    }

    #[test]
    fn only_file_drags_count() {
        assert!(carries_files(["text/plain", "Files"]));
        assert!(!carries_files(["text/plain", "text/uri-list"]));
        assert!(!carries_files(Vec::<String>::new()));
    }
}
