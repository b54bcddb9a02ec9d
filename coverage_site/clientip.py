"""The address of the client behind the reverse proxies we trust. Pure: no
Django import.

A proxy appends the address it received the request from to
``X-Forwarded-For``; whatever stands to the left of that came from the client
and can be forged. So the header is read only when the request itself comes
from a trusted proxy, from the right, skipping the addresses of trusted
proxies: the first address that is not one of ours is the client.

>>> trusted = parse_networks(["10.0.0.0/24", "127.0.0.1"])
>>> client_address("203.0.113.9", "198.51.100.1", trusted)  # not from a proxy: header ignored
'203.0.113.9'
>>> client_address("10.0.0.5", "198.51.100.1, 203.0.113.7", trusted)  # forged left part
'203.0.113.7'
>>> client_address("127.0.0.1", "203.0.113.7, 10.0.0.2", trusted)  # two proxies
'203.0.113.7'
>>> client_address("10.0.0.5", "", trusted)  # no header: the proxy itself
'10.0.0.5'
>>> client_address("10.0.0.5", "junk, 10.0.0.2", trusted)  # unreadable: the last trusted hop
'10.0.0.2'
>>> client_address("10.0.0.5", "[2001:db8::1]:4711", trusted)  # a port is dropped
'2001:db8::1'
>>> client_address("10.0.0.5", "203.0.113.7", ())  # no trusted proxy configured
'10.0.0.5'
"""

import ipaddress
from collections.abc import Iterable

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or CIDR networks; a bad entry raises ValueError naming it.

    >>> parse_networks(["10.0.0.1", "fd00::/8"])
    (IPv4Network('10.0.0.1/32'), IPv6Network('fd00::/8'))
    >>> parse_networks(["10.0.0.300"])
    Traceback (most recent call last):
    ...
    ValueError: '10.0.0.300' is not an IP address or network (such as 10.0.0.1 or 10.0.0.0/24).
    """
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as error:
            raise ValueError(
                f"{entry!r} is not an IP address or network (such as 10.0.0.1 or 10.0.0.0/24)."
            ) from error
    return tuple(networks)


def parse_address(text: str) -> Address | None:
    """An address as proxies write it (a port may follow), or None.

    >>> parse_address(" 203.0.113.7:443 "), parse_address("::ffff:10.0.0.1")
    (IPv4Address('203.0.113.7'), IPv4Address('10.0.0.1'))
    >>> parse_address("unknown") is None
    True
    """
    text = text.strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted(address: Address, trusted: Iterable[Network]) -> bool:
    return any(address.version == network.version and address in network for network in trusted)


def client_address(remote_addr: str, forwarded_for: str, trusted: tuple[Network, ...]) -> str:
    """The client's address: ``remote_addr`` unless that is a trusted proxy,
    then the right-most address in ``forwarded_for`` that is not one."""
    remote = parse_address(remote_addr)
    if remote is None:
        return remote_addr
    if not trusted or not is_trusted(remote, trusted):
        return str(remote)
    hop = remote
    for entry in reversed(forwarded_for.split(",")):
        if not entry.strip():
            continue
        address = parse_address(entry)
        if address is None:
            break
        if not is_trusted(address, trusted):
            return str(address)
        hop = address
    return str(hop)
