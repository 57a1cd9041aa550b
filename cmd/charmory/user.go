package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

// userCmd is a placeholder until the user command lands.
func userCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "user", Hidden: true} }
