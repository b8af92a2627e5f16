"""Which address to serve the live quiz on: this computer's network interfaces (Qt's list).

The default is the first private IPv4 address (RFC 1918: 10/8, 172.16/12, 192.168/16) of an
interface that is up: that is the classroom network on a laptop on Wi-Fi. The loopback address
is always offered last ("this computer only"), for trying the page out alone.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Interface:
    """One address students could reach: its interface's name and the IPv4 address."""

    name: str
    address: str

    @property
    def private(self) -> bool:
        """A local-network address (not loopback, not public)."""
        ip = ipaddress.ip_address(self.address)
        return ip.is_private and not ip.is_loopback and not ip.is_link_local


def interfaces() -> list[Interface]:
    """Addresses to offer, the default (local network) first, loopback last."""
    found: list[Interface] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            name = interface.humanReadableName() or interface.name()
            found.append(Interface(name, ip.toString()))
    found.sort(key=lambda i: (not i.private, i.name, i.address))
    found.append(Interface("loopback", LOOPBACK))
    return found
