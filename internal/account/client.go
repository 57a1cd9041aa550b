package account

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/netip"
)

// hashClient returns the SHA-256 of the normalized client address, so the
// table never holds addresses in clear. IPv6 addresses are cut to their
// /64, which one subscriber usually holds whole; "" stays "".
func hashClient(client string) string {
	if client == "" {
		return ""
	}
	addr := client
	if host, _, err := net.SplitHostPort(client); err == nil {
		addr = host
	}
	if ip, err := netip.ParseAddr(addr); err == nil {
		ip = ip.Unmap().WithZone("")
		if ip.Is6() {
			ip = netip.PrefixFrom(ip, 64).Masked().Addr()
		}
		addr = ip.String()
	}
	sum := sha256.Sum256([]byte(addr))
	return hex.EncodeToString(sum[:])
}
