package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

// demoCmd is a placeholder until the demo command lands.
func demoCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "demo", Hidden: true} }
