// pulumi-language-nodejs 启动器：把项目 Pulumi.yaml 里的 runtime.options 变成命令行参数，再换成
// v3.68.0 的真语言宿主（同目录的 pulumi-language-nodejs-v3.68.0）运行。
//
// 为什么需要它
//
//	v3.68.0 的宿主只从命令行参数读运行时选项：-typescript（默认 true，用 ts-node 加载程序）、
//	-tsconfig、-nodeargs。当年的引擎（sdk/v3@v3.68.0 的 plugin.buildArgsForNewPlugin）启动宿主时
//	会把 Pulumi.yaml 的 runtime.options 逐项写成 "-<键>=<值>"（fmt 的 %v），再加 "-root=<项目根>"，
//	最后是引擎地址。新引擎（3.248.0）只传引擎地址，选项改放在 RunRequest.Info.Options 里，而旧宿主
//	不读这个字段；不补的话 typescript: false 与 nodeargs: "--import tsx" 都会丢掉，ESM 的 TypeScript
//	程序会被 ts-node 以 CommonJS 方式加载而失败。
//
// 它怎么做
//
//	新引擎以程序目录为工作目录启动语言宿主（sdk/v3@v3.248.0 plugin.go 的 newPlugin: cmd.Dir = pwd，
//	pwd 是项目根或 main 指向的子目录）。启动器从工作目录逐级向上找 Pulumi.yaml / Pulumi.yml /
//	Pulumi.json（引擎找项目文件的同一种方式），取 runtime.options，按旧引擎的格式补在参数前面。
//	选项只来自项目文件，工具目录里不写死任何项目的设置，也不另设环境变量。
//	旧宿主不认识的选项（如较新的 packagemanager）会让它的 flag 解析直接退出，所以跳过并在 stderr 提示。
//
//	另外设置 PULUMI_NODEJS_ROOT_DIRECTORY=<项目根>：新宿主会给 @pulumi/pulumi 的 cmd/run 传
//	--root-directory（SDK 存进这个环境变量，pulumi.runtime.getRootDirectory() 读它），旧宿主不传。
//
//	参数里已经带了以 "-" 开头的选项（旧引擎或手工调用）时原样转交，不再补。
//	用 syscall.Exec 换掉自身进程：PID、标准输入输出都不变，引擎照常从 stdout 读到端口号。
//
// 旧宿主配新引擎时其余的接口（对照 sdk/v3@v3.248.0 的 langruntime_plugin.go 核对过，并实际跑过
// preview / up / destroy / stack output、程序抛错、缺配置、StackReference 与 invoke）
//
//	Run：新引擎仍然填写旧宿主读的 Pwd / Program / Project / Stack / Config / ConfigSecretKeys；
//	     Program 是入口文件名（如 index.ts），旧宿主照样交给 @pulumi/pulumi 的 cmd/run。
//	Handshake、Cancel、GetRequiredPackages：旧宿主没有；引擎只在附加调试时握手，Cancel 遇到
//	     Unimplemented 跳过，GetRequiredPackages 遇到 Unimplemented 改调 GetRequiredPlugins。
//	GetRequiredPlugins：旧宿主把 Program 当目录扫描 node_modules，新引擎给的是入口文件名，所以总是
//	     返回空表（不报错）。后果只是引擎不预先装插件：资源提供者在程序注册第一个资源时按 SDK 报的
//	     版本加载（PATH 上的 pulumi-resource-<名字> 会被找到）。
//	资源监视器：旧宿主在程序与引擎之间放了一个转发代理，只转发 v3.68 已有的调用（RegisterResource、
//	     RegisterResourceOutputs、ReadResource、Invoke、StreamInvoke、Call、SupportsFeature）；
//	     新字段原样透传。栈级 transforms、资源钩子、错误钩子、RegisterPackage（参数化提供者）会得到
//	     Unimplemented；SignalAndWaitForShutdown 的 Unimplemented 被 SDK 忽略（只影响删除钩子）。
//	RunPlugin：旧宿主不支持，用 Node.js 写的策略包 / 提供者插件不能用。
//	InstallDependencies（pulumi install）：旧宿主在程序目录跑 npm install。
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"gopkg.in/yaml.v3"
)

// realHost 是真宿主的文件名，与本程序放在同一目录（scripts/setup/pulumi.sh 这样安装）。
var realHost = "pulumi-language-nodejs-v3.68.0"

// knownOptions 是 v3.68.0 宿主定义的运行时选项（它的 main.go 里的 flag）。
var knownOptions = map[string]bool{"typescript": true, "tsconfig": true, "nodeargs": true}

var projectFiles = []string{"Pulumi.yaml", "Pulumi.yml", "Pulumi.json"}

func warnf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "pulumi-language-nodejs (启动器): "+format+"\n", args...)
}

// findProject 从 dir 逐级向上找项目文件，返回项目根目录与文件路径。
func findProject(dir string) (string, string, error) {
	for {
		for _, name := range projectFiles {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return dir, p, nil
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", "", err
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "", fmt.Errorf("从 %s 向上没有找到 %s", dir, strings.Join(projectFiles, " / "))
		}
		dir = parent
	}
}

// runtimeOptions 读项目文件里的 runtime.options；runtime 写成字符串（runtime: nodejs）时没有选项。
func runtimeOptions(path string) (map[string]any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var project struct {
		Runtime yaml.Node `yaml:"runtime"`
	}
	if err := yaml.Unmarshal(data, &project); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if project.Runtime.Kind != yaml.MappingNode {
		return nil, nil
	}
	var runtime struct {
		Options map[string]any `yaml:"options"`
	}
	if err := project.Runtime.Decode(&runtime); err != nil {
		return nil, fmt.Errorf("%s: runtime: %w", path, err)
	}
	return runtime.Options, nil
}

// optionFlags 按旧引擎的格式生成参数："-<键>=<值>"（%v），最后是 "-root=<项目根>"；键排序以便复现。
func optionFlags(root string, options map[string]any) []string {
	keys := make([]string, 0, len(options))
	for k := range options {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	flags := make([]string, 0, len(keys)+1)
	for _, k := range keys {
		if !knownOptions[k] {
			warnf("v3.68.0 的宿主不支持运行时选项 %q，已忽略", k)
			continue
		}
		flags = append(flags, fmt.Sprintf("-%s=%v", k, options[k]))
	}
	return append(flags, "-root="+filepath.Clean(root))
}

func main() {
	self, err := os.Executable()
	if err == nil {
		self, err = filepath.EvalSymlinks(self)
	}
	if err != nil {
		warnf("找不到自身路径: %v", err)
		os.Exit(1)
	}
	target := filepath.Join(filepath.Dir(self), realHost)

	args := os.Args[1:]
	env := os.Environ()
	hasFlags := false
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			hasFlags = true
			break
		}
	}
	if !hasFlags {
		if cwd, err := os.Getwd(); err != nil {
			warnf("读不到工作目录，不补运行时选项: %v", err)
		} else if root, path, err := findProject(cwd); err != nil {
			warnf("不补运行时选项: %v", err)
		} else if options, err := runtimeOptions(path); err != nil {
			warnf("不补运行时选项: %v", err)
		} else {
			args = append(optionFlags(root, options), args...)
			env = append(env, "PULUMI_NODEJS_ROOT_DIRECTORY="+filepath.Clean(root))
		}
	}

	argv := append([]string{target}, args...)
	if err := syscall.Exec(target, argv, env); err != nil {
		warnf("无法启动 %s: %v", target, err)
		os.Exit(1)
	}
}
