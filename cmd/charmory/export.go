package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

// exportCmd is a placeholder until the export command lands.
func exportCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "export", Hidden: true} }
