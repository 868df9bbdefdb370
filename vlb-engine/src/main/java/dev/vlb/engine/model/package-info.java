/**
 * Clients for models served over HTTP: the model under test, the judge, the planner and the grader,
 * each configured under {@code vlb.<role>.*} and created by {@link dev.vlb.engine.model.ModelClients}.
 * A role whose URL is unset keeps its embedded implementation.
 *
 * <p>A suite is pointed at a model with {@code -D} options alone, for example:
 *
 * <pre>
 * # vLLM (vllm serve Qwen/Qwen2-VL-7B-Instruct); several URLs, comma-separated, are load-balanced
 * mvn test -Dvlb.model.url=http://gpu-1:8000/v1 -Dvlb.model.name=Qwen/Qwen2-VL-7B-Instruct -Dvlb.concurrency=64
 *
 * # Ollama
 * mvn test -Dvlb.model.url=http://localhost:11434/v1 -Dvlb.model.name=qwen2.5vl:7b
 *
 * # OpenAI: the key stays in the environment, the configuration names only the variable
 * export OPENAI_API_KEY=...
 * mvn test -Dvlb.model.url=https://api.openai.com/v1 -Dvlb.model.name=gpt-4o -Dvlb.model.api-key-env=OPENAI_API_KEY
 *
 * # Anthropic or Gemini, here as the judge
 * mvn test -Dvlb.judge.provider=anthropic -Dvlb.judge.url=https://api.anthropic.com
 *     -Dvlb.judge.name=claude-sonnet-4-5 -Dvlb.judge.api-key-env=ANTHROPIC_API_KEY
 * mvn test -Dvlb.judge.provider=gemini -Dvlb.judge.url=https://generativelanguage.googleapis.com
 *     -Dvlb.judge.name=gemini-2.5-flash -Dvlb.judge.api-key-env=GEMINI_API_KEY
 * </pre>
 */
package dev.vlb.engine.model;
