# cinder-volume 的假后端（只用于本地端到端测试）。
#
# Debian 的 python3-cinder 自带 cinder.tests.fake_driver.FakeLoggingVolumeDriver：
# 它只记录调用、不碰任何存储，卷的状态机、挂载（attachment）、配额全是真的。
# 缺的三样在这里补上：
#   clone_image          从镜像建卷（启动卷）：直接"克隆"，不下载镜像、不调用 qemu-img
#   copy_image_to_volume 同上（万一走了下载路径）：什么也不做
#   extend_volume        扩容：父类 LVM 驱动会去扩逻辑卷，这里什么也不做
# openstack.sh 把本文件复制到 cinder-volume 的 PYTHONPATH 里。

from cinder.tests import fake_driver


class GovcloudFakeVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    """FakeLoggingVolumeDriver that also supports images and extend."""

    def clone_image(self, context, volume, image_location, image_meta,
                    image_service):
        # 告诉 cinder 卷已由驱动从镜像"克隆"好了
        model_update = self.create_volume(volume)
        return model_update, True

    def copy_image_to_volume(self, context, volume, image_service, image_id,
                             disable_sparse=False):
        pass

    def extend_volume(self, volume, new_size):
        pass
