//! The addresses phones on the same Wi-Fi can use: the machine's LAN addresses, found without a crate by asking
//! the OS which local address it would use to reach the outside (a UDP "connect" sends nothing).

use std::net::{IpAddr, SocketAddr, UdpSocket};

/// The URLs to print at start: the listening address itself if it is a specific one, else the LAN address.
pub fn addresses(listen: SocketAddr) -> Vec<String> {
    let url = |ip: IpAddr| match ip {
        IpAddr::V6(v6) => format!("http://[{v6}]:{}/", listen.port()),
        IpAddr::V4(v4) => format!("http://{v4}:{}/", listen.port()),
    };
    if !listen.ip().is_unspecified() {
        return vec![url(listen.ip())];
    }
    let mut out = Vec::new();
    for probe in ["192.0.2.1:9", "10.255.255.255:9"] {
        let found = UdpSocket::bind("0.0.0.0:0").and_then(|s| s.connect(probe).and_then(|()| s.local_addr()));
        if let Ok(addr) = found {
            let u = url(addr.ip());
            if !addr.ip().is_unspecified() && !addr.ip().is_loopback() && !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out.push(url(IpAddr::from([127, 0, 0, 1])));
    out
}
