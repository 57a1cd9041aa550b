package main

// Placeholders for subcommands being written in their own files; each is
// replaced by a file named after the command.

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

func demoCmd(cfg *app.Config) *cobra.Command   { return &cobra.Command{Use: "demo", Hidden: true} }
func importCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "import", Hidden: true} }
func exportCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "export", Hidden: true} }
func backupCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "backup", Hidden: true} }
func userCmd(cfg *app.Config) *cobra.Command   { return &cobra.Command{Use: "user", Hidden: true} }
