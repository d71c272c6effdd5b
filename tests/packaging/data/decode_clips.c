/* For tests/packaging/test_slim_windows_macos.py, run under Wine: loads FFmpeg's DLLs from
   the folder given (with the stubs in place) and decodes every frame of each clip after it.
   No FFmpeg headers: functions by GetProcAddress, and the three struct fields it reads by
   their offsets in FFmpeg 7 and 8 on 64-bit Windows. Exit status: the clips that failed. */
#include <windows.h>
#include <stdio.h>
#include <string.h>
typedef void *P;
static HMODULE load(const char *dir, const char *prefix) {
    char pattern[MAX_PATH], path[MAX_PATH]; WIN32_FIND_DATAA found;
    snprintf(pattern, sizeof pattern, "%s\\%s*.dll", dir, prefix);
    HANDLE h = FindFirstFileA(pattern, &found);
    if (h == INVALID_HANDLE_VALUE) { printf("no %s\n", prefix); return NULL; }
    snprintf(path, sizeof path, "%s\\%s", dir, found.cFileName);
    HMODULE m = LoadLibraryExA(path, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    printf("load %s: %s (error %lu)\n", found.cFileName, m ? "ok" : "FAILED", m ? 0 : GetLastError());
    return m;
}
int main(int argc, char **argv) {
    HMODULE fmt = load(argv[1], "avformat-"), codec = load(argv[1], "avcodec-");
    HMODULE filter = load(argv[1], "avfilter-"), device = load(argv[1], "avdevice-");
    if (!fmt || !codec || !filter || !device) return 1;
    int (*open_input)(P *, const char *, P, P) = (P)GetProcAddress(fmt, "avformat_open_input");
    int (*find_info)(P, P) = (P)GetProcAddress(fmt, "avformat_find_stream_info");
    int (*best)(P, int, int, int, P *, int) = (P)GetProcAddress(fmt, "av_find_best_stream");
    int (*read_frame)(P, P) = (P)GetProcAddress(fmt, "av_read_frame");
    P (*alloc_ctx)(P) = (P)GetProcAddress(codec, "avcodec_alloc_context3");
    int (*par_to_ctx)(P, P) = (P)GetProcAddress(codec, "avcodec_parameters_to_context");
    int (*open2)(P, P, P) = (P)GetProcAddress(codec, "avcodec_open2");
    int (*send)(P, P) = (P)GetProcAddress(codec, "avcodec_send_packet");
    int (*receive)(P, P) = (P)GetProcAddress(codec, "avcodec_receive_frame");
    P (*packet_alloc)(void) = (P)GetProcAddress(codec, "av_packet_alloc");
    void (*packet_unref)(P) = (P)GetProcAddress(codec, "av_packet_unref");
    P (*find_encoder)(const char *) = (P)GetProcAddress(codec, "avcodec_find_encoder_by_name");
    HMODULE util = load(argv[1], "avutil-");
    P (*frame_alloc)(void) = (P)GetProcAddress(util, "av_frame_alloc");
    int failures = 0;
    const char *encoders[] = {"libx264", "libx265", "libvpx-vp9", "libsvtav1", "libmp3lame"};
    for (int i = 0; i < 5; i++) {
        /* The encoders behind the stubs are still listed (FFmpeg's own tables). */
        printf("encoder %s: listed %s\n", encoders[i], find_encoder(encoders[i]) ? "yes" : "no");
    }
    for (int i = 2; i < argc; i++) {
        P ctx = NULL, decoder = NULL;
        if (open_input(&ctx, argv[i], NULL, NULL) < 0 || find_info(ctx, NULL) < 0) { printf("%s: cannot open\n", argv[i]); failures++; continue; }
        int kind = strstr(argv[i], ".mp3") ? 1 : 0;  /* AVMEDIA_TYPE_AUDIO : VIDEO */
        int index = best(ctx, kind, -1, -1, &decoder, 0);
        P *streams = *(P **)((char *)ctx + 48);   /* AVFormatContext.streams */
        P par = *(P *)((char *)streams[index] + 16);  /* AVStream.codecpar */
        P dec = alloc_ctx(decoder);
        par_to_ctx(dec, par);
        int opened = open2(dec, decoder, NULL);
        P packet = packet_alloc(), frame = frame_alloc();
        int frames = 0;
        while (read_frame(ctx, packet) >= 0) {
            if (*(int *)((char *)packet + 36) == index) {  /* AVPacket.stream_index */
                send(dec, packet);
                while (receive(dec, frame) >= 0) frames++;
            }
            packet_unref(packet);
        }
        send(dec, NULL);
        while (receive(dec, frame) >= 0) frames++;
        printf("%s: decoder %s, open %d, %d frames\n", argv[i], *(const char **)decoder, opened, frames);
        if (opened < 0 || frames == 0) failures++;
    }
    printf("failures: %d\n", failures);
    return failures;
}
