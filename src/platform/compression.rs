//! The browser's own deflate (`CompressionStream` / `DecompressionStream`, zlib format), so RoleCall ships
//! no codec for share links. Why zlib rather than raw deflate is written in `engine::share`.
//!
//! Both directions queue all their input on the stream's writable side at once and read the readable side
//! to its end; the stream takes the next input chunk in only when what it made of the one before has been
//! read (backpressure). Decompressing gives the stream its input in small chunks and stops reading, and
//! cancels the stream, as soon as the output passes the limit: a bomb (a few KiB that would inflate to
//! gigabytes) costs at most one chunk's output (1 MiB) past the limit. Nothing here panics on any input.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, WritableStream,
    WritableStreamDefaultWriter,
};

// web-sys has both classes only behind `--cfg=web_sys_unstable_apis`, a flag that would change how all of
// web-sys builds for every page; these few lines bind what is used here instead.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// zlib: deflate with a 2-byte header and an Adler-32 of the text, which makes the browser refuse a link
/// changed on the way (see `engine::share`).
const FORMAT: &str = "deflate";

/// How much compressed input the stream gets at a time. Deflate inflates at most 1,032 times (a 258-byte
/// match in two bits), so one chunk makes at most 1 MiB: that is how far past the limit a bomb gets. Each
/// chunk costs a round of promises, about half a millisecond in Chromium: 256-byte chunks made inflating the
/// bank's link (17.8 KB) take ~40 ms instead of ~9.
const INPUT_CHUNK: usize = 1024;

/// Why text could not be compressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompressionError {
    /// The browser has no `CompressionStream` (Safari before 16.4, Firefox before 113, Chrome before 80).
    Unsupported,
    /// The stream failed, with the browser's message (not expected: compressing has no bad input).
    Failed(String),
}

/// Why compressed bytes could not be inflated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecompressError {
    /// The browser has no `DecompressionStream`.
    Unsupported,
    /// The output passed the limit; reading stopped at `inflated` bytes (the limit and one chunk at most).
    TooLarge { inflated: usize },
    /// The data ends before the stream does: it was cut short.
    Truncated,
    /// Not a zlib stream, a stream whose Adler-32 does not match, or data after the stream's end.
    Corrupt,
}

/// `text` compressed (zlib).
pub async fn compress(text: &str) -> Result<Vec<u8>, CompressionError> {
    let stream = CompressionStream::new(FORMAT).map_err(|_| CompressionError::Unsupported)?;
    let (writer, reader) =
        ends(&stream.writable(), &stream.readable()).ok_or(CompressionError::Unsupported)?;
    let wrote = JsFuture::from(writer.write_with_chunk(&Uint8Array::from(text.as_bytes())));
    let closed = JsFuture::from(writer.close());
    let mut out = Vec::new();
    let read = read_into(&reader, usize::MAX, &mut out).await;
    let (wrote, closed) = (wrote.await, closed.await);
    match read.and(wrote).and(closed) {
        Ok(_) => Ok(out),
        Err(e) => Err(CompressionError::Failed(message(&e))),
    }
}

/// `bytes` inflated (zlib), at most `limit` bytes of them.
pub async fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, DecompressError> {
    let stream = DecompressionStream::new(FORMAT).map_err(|_| DecompressError::Unsupported)?;
    let (writer, reader) =
        ends(&stream.writable(), &stream.readable()).ok_or(DecompressError::Unsupported)?;
    let writes: Vec<JsFuture> = bytes
        .chunks(INPUT_CHUNK)
        .map(|chunk| JsFuture::from(writer.write_with_chunk(&Uint8Array::from(chunk))))
        .collect();
    let closed = JsFuture::from(writer.close());
    let mut out = Vec::new();
    let read = read_into(&reader, limit, &mut out).await;
    // Every queued write settles once the stream ends, fails or is cancelled. The browser checks the data
    // as each chunk comes in, so a failed write means bad data; when every write went through and only the
    // close failed, the data was good as far as it went but stopped before the stream's end.
    let mut all_written = true;
    for write in writes {
        all_written &= write.await.is_ok();
    }
    let closed = closed.await.is_ok();
    match read {
        Ok(Read::Whole) if all_written && closed => Ok(out),
        Ok(Read::Over { inflated }) => Err(DecompressError::TooLarge { inflated }),
        _ if all_written => Err(DecompressError::Truncated),
        _ => Err(DecompressError::Corrupt),
    }
}

/// How reading a stream ended, when it did not fail.
enum Read {
    /// To its end.
    Whole,
    /// Stopped, and the stream cancelled, when the output would have passed the limit: at `inflated` bytes.
    Over { inflated: usize },
}

/// Read `reader` into `out` until the stream ends, or until one more chunk would take `out` past `limit`
/// (that chunk is not kept: the stream is cancelled instead).
async fn read_into(
    reader: &ReadableStreamDefaultReader,
    limit: usize,
    out: &mut Vec<u8>,
) -> Result<Read, JsValue> {
    loop {
        let result: ReadableStreamReadResult = JsFuture::from(reader.read()).await?.unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(Read::Whole);
        }
        let chunk = Uint8Array::new(&result.get_value());
        let (at, len) = (out.len(), chunk.length() as usize);
        if len > limit - at {
            // Whether the cancel itself succeeds changes nothing: no more is read either way.
            let _ = JsFuture::from(reader.cancel()).await;
            return Ok(Read::Over { inflated: at + len });
        }
        out.resize(at + len, 0);
        chunk.copy_to(&mut out[at..]);
    }
}

/// The two ends of a transform stream, locked to us.
fn ends(
    writable: &WritableStream,
    readable: &ReadableStream,
) -> Option<(WritableStreamDefaultWriter, ReadableStreamDefaultReader)> {
    Some((WritableStreamDefaultWriter::new(writable).ok()?, ReadableStreamDefaultReader::new(readable).ok()?))
}

/// A thrown value's message, for the console.
fn message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{e:?}"), |e| String::from(e.message()))
}
