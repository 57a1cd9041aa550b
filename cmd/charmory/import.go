package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

// importCmd is a placeholder until the import command lands.
func importCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "import", Hidden: true} }
