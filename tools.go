//go:build tools

// Package tools pins modules the packages are adopting, so that go mod tidy
// keeps them while the code that imports them lands.
package tools

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/danielgtaylor/huma/v2"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/term"
	_ "golang.org/x/text/language"
	_ "golang.org/x/text/message"
)
